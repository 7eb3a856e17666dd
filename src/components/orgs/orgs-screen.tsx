"use client";

import { useEffect } from "react";
import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import { CreateOrgForm } from "./create-org-form";
import { OrgList } from "./org-list";
import { SignedInPage } from "./signed-in-page";
import { TermsNotice } from "./terms-notice";
import { useLiveOrgs } from "./use-live-orgs";

function OrgsContent() {
  const orgs = useLiveOrgs();
  return (
    <>
      {orgs.isPending ? <Spinner label="Loading your orgs" /> : null}
      {orgs.isError ? (
        <ErrorState error={orgs.error} onRetry={() => void orgs.refetch()} isRetrying={orgs.isFetching} />
      ) : null}
      {orgs.data ? <OrgList orgs={orgs.data} /> : null}
      <TermsNotice />
      <CreateOrgForm />
    </>
  );
}

/** Back from Stripe (`?checkout=success`): say so once, and drop the query so a reload does not repeat it. */
function PaymentConfirmed() {
  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.delete("checkout");
    window.history.replaceState(window.history.state, "", url);
  }, []);
  return (
    <p role="status" className="rounded-md border border-border p-3 text-sm">
      Payment confirmed. Your org is spinning up; its progress shows below.
    </p>
  );
}

/** `/orgs` on the app host: the signed-in user's orgs, their states and actions, and a create form. */
export function OrgsScreen({ hasJustPaid = false }: { hasJustPaid?: boolean }) {
  return (
    <SignedInPage title="Your orgs">
      {() => (
        <>
          {hasJustPaid ? <PaymentConfirmed /> : null}
          <OrgsContent />
        </>
      )}
    </SignedInPage>
  );
}
