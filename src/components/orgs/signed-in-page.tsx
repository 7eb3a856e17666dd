"use client";

import type { ReactNode } from "react";
import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import type { Session } from "@/lib/contract/control-plane";
import { useCpSession } from "./use-cp-session";
import { UserMenu } from "@/components/ui/user-menu";

type SignedInPageProps = {
  title: string;
  children: (session: Session) => ReactNode;
};

/**
 * Frame of the app-host pages (`/orgs`…): checks the session first, sends anonymous visitors to
 * sign-in, explains an unreachable control plane with Retry, then renders the page for the user.
 */
export function SignedInPage({ title, children }: SignedInPageProps) {
  const session = useCpSession();
  let body: ReactNode;
  if (session.isPending) body = <Spinner label="Checking sign-in" />;
  else if (session.isError)
    body = (
      <ErrorState
        error={session.error}
        onRetry={() => void session.refetch()}
        isRetrying={session.isFetching}
      />
    );
  else if (session.data === null)
    body = (
      <p role="status" className="text-sm text-muted">
        Redirecting to sign-in…
      </p>
    );
  else body = children(session.data);

  return (
    <div className="min-h-dvh bg-bg text-fg">
      <header className="flex items-center justify-between border-b border-border px-6 py-3">
        <span className="font-semibold">Molecule</span>
        {session.data ? <UserMenu email={session.data.email} /> : null}
      </header>
      <main className="mx-auto flex max-w-3xl flex-col gap-6 p-6">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {body}
      </main>
    </div>
  );
}
