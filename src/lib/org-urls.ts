import { saasHostSuffix } from "@/lib/tenant";

/**
 * The tenant canvas of `slug`: this page's protocol and port on `<slug><suffix>`, so a local
 * `http://app.moleculesai.test:3000` opens `http://acme.moleculesai.test:3000`.
 */
export function tenantOrigin(
  slug: string,
  page: Pick<Location, "protocol" | "port"> = window.location,
): string {
  return `${page.protocol}//${slug}${saasHostSuffix()}${page.port ? `:${page.port}` : ""}`;
}

/** The org list on the app host, where a tenant canvas sends a user to switch or create orgs. */
export function orgsPageUrl(page: Pick<Location, "protocol" | "port"> = window.location): string {
  return `${tenantOrigin("app", page)}/orgs`;
}

/** Where the user reaches a person about a failed org (contract §4.3). */
export const SUPPORT_MAILTO = "mailto:support@moleculesai.app";
