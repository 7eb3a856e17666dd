"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Popover } from "@/components/ui/popover";
import { signOut } from "@/lib/auth";

type UserMenuProps = {
  email: string;
  /** Where "All orgs" leads; left out on the org list itself. */
  orgsHref?: string;
};

/** The account button in a header: shows who is signed in and offers Sign out (and the org list). */
export function UserMenu({ email, orgsHref }: UserMenuProps) {
  const [isSigningOut, setIsSigningOut] = useState(false);
  const handleSignOut = () => {
    setIsSigningOut(true);
    void signOut();
  };
  return (
    <Popover
      label="Account"
      trigger={
        <Button variant="secondary" aria-label={`Account menu for ${email}`}>
          {email}
        </Button>
      }
      className="flex w-56 flex-col gap-2 rounded-md p-3"
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
    </Popover>
  );
}
