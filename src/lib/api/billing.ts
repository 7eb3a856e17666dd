import { checkoutResponseSchema, type PaidPlan } from "@/lib/contract/control-plane";
import { api } from "./client";

/** Only a web page may take the user to pay: anything else from the response is refused. */
export function isCheckoutUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * Starts Stripe Checkout for an org (`POST /cp/billing/checkout`): back to `/orgs?checkout=success`
 * once paid, or to this pricing page with `checkout=cancel`. Resolves with the checkout page's URL.
 */
export async function startCheckout(
  orgSlug: string,
  plan: PaidPlan,
  page: Pick<Location, "origin"> = window.location,
): Promise<string> {
  const { url } = await api.post(
    "/cp/billing/checkout",
    {
      org_slug: orgSlug,
      plan,
      success_url: `${page.origin}/orgs?checkout=success`,
      cancel_url: `${page.origin}/pricing?org=${encodeURIComponent(orgSlug)}&checkout=cancel`,
    },
    checkoutResponseSchema,
  );
  if (!isCheckoutUrl(url))
    throw new Error("the control plane answered with a checkout address that is not a web page");
  return url;
}
