"use client";

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

/** `/orgs` on the app host: the signed-in user's orgs, their states and actions, and a create form. */
export function OrgsScreen() {
  return <SignedInPage title="Your orgs">{() => <OrgsContent />}</SignedInPage>;
}
