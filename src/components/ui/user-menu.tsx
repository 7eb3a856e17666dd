"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { signOut } from "@/lib/auth";

type UserMenuProps = {
  email: string;
  /** Where "All orgs" leads; left out on the org list itself. */
  orgsHref?: string;
};

/** The account button in a header: shows who is signed in and offers Sign out (and the org list). */
export function UserMenu({ email, orgsHref }: UserMenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [isSigningOut, setIsSigningOut] = useState(false);
  const panelId = useId();
  const handleSignOut = () => {
    setIsSigningOut(true);
    void signOut();
  };
  return (
    <div
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape") setIsOpen(false);
      }}
    >
      <Button
        variant="secondary"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={`Account menu for ${email}`}
        onClick={() => setIsOpen((open) => !open)}
      >
        {email}
      </Button>
      {isOpen ? (
        <div
          id={panelId}
          className="absolute right-0 z-10 mt-2 flex w-56 flex-col gap-2 rounded-md border border-border bg-bg p-3 shadow-lg"
        >
          <p className="truncate text-sm text-muted">Signed in as {email}</p>
          {orgsHref ? (
            <a href={orgsHref} className="rounded px-1 text-sm underline hover:text-fg">
              All orgs
            </a>
          ) : null}
          <Button onClick={handleSignOut} isBusy={isSigningOut}>
            {isSigningOut ? "Signing out…" : "Sign out"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
