"use client";

import { useMutation } from "@tanstack/react-query";
import { SignedInPage } from "./signed-in-page";
import { Button } from "@/components/ui/button";
import { isApiError } from "@/lib/api/client";
import { startCheckout } from "@/lib/api/billing";
import { ORG_SLUG_PATTERN, type PaidPlan } from "@/lib/contract/control-plane";
import { pageNavigation } from "@/lib/navigation";
import { PLANS, type Plan } from "@/lib/plans";

type PricingScreenProps = {
  /** The org to pay for, as given in `?org=`; without a valid one there is nothing to check out. */
  org: string | null;
  /** `?checkout=cancel`: the user came back from Stripe without paying. */
  wasCancelled: boolean;
};

/** Contract §7: only the status reaches the user, never the payment provider's detail. */
function checkoutProblem(error: unknown): string {
  const status = isApiError(error) && error.status !== undefined ? ` (${error.status})` : "";
  return `Checkout failed${status}. Nothing was charged; try again in a moment.`;
}

function PlanCard({ plan, orgSlug }: { plan: Plan; orgSlug: string | null }) {
  const checkout = useMutation({
    mutationFn: (paid: PaidPlan) => startCheckout(orgSlug ?? "", paid),
    onSuccess: (url) => pageNavigation.assign(url),
  });
  const headingId = `plan-${plan.id}`;
  return (
    <li
      aria-labelledby={headingId}
      className={`flex flex-col gap-2 rounded-lg border p-4 ${plan.id === "starter" ? "border-accent" : "border-border"}`}
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {plan.name}
      </h2>
      <p className="text-2xl font-semibold">{plan.price}</p>
      <ul className="text-sm text-muted">
        <li>{plan.workspaces}</li>
        <li>{plan.tokens}</li>
      </ul>
      {plan.id === "free" ? (
        <p className="mt-auto text-sm text-muted">Every new org starts here.</p>
      ) : (
        <Button
          className="mt-auto"
          variant={plan.id === "starter" ? "primary" : "secondary"}
          disabled={!orgSlug}
          isBusy={checkout.isPending || checkout.isSuccess}
          onClick={() => plan.id !== "free" && checkout.mutate(plan.id)}
        >
          {checkout.isPending || checkout.isSuccess ? "Opening checkout…" : `Choose ${plan.name}`}
        </Button>
      )}
      {checkout.isError ? (
        <p role="alert" className="text-sm text-danger">
          {checkoutProblem(checkout.error)}
        </p>
      ) : null}
    </li>
  );
}

/** `/pricing?org=<slug>`: the flat per-org plans, and Stripe Checkout for the org that awaits payment. */
export function PricingScreen({ org, wasCancelled }: PricingScreenProps) {
  const orgSlug = org !== null && ORG_SLUG_PATTERN.test(org) ? org : null;
  return (
    <SignedInPage title={orgSlug ? `Choose a plan for ${orgSlug}` : "Plans"}>
      {() => (
        <>
          {wasCancelled ? (
            <p role="status" className="rounded-md border border-border p-3 text-sm">
              Checkout was cancelled. Nothing was charged.
            </p>
          ) : null}
          {org !== null && !orgSlug ? (
            <p role="alert" className="text-sm text-danger">
              “{org}” is not an org address. Open this page from your org list instead.
            </p>
          ) : null}
          {orgSlug ? null : (
            <p className="text-sm text-muted">
              Pick the org to pay for from{" "}
              <a href="/orgs" className="underline">
                your orgs
              </a>
              : its “Complete payment” button brings you back here.
            </p>
          )}
          <ul aria-label="Plans" className="grid gap-4 sm:grid-cols-3">
            {PLANS.map((plan) => (
              <PlanCard key={plan.id} plan={plan} orgSlug={orgSlug} />
            ))}
          </ul>
          <p className="text-sm text-muted">Prices are per org, with no per-seat fees.</p>
        </>
      )}
    </SignedInPage>
  );
}
