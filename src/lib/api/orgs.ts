import { queryOptions } from "@tanstack/react-query";
import {
  orgListSchema,
  orgSchema,
  provisionStatusSchema,
  purgeResultSchema,
  retryProvisionSchema,
  termsStatusSchema,
  type Org,
} from "@/lib/contract/control-plane";
import { api, type RequestOptions } from "./client";
import { send } from "./transport";

const SETTLED = new Set(["running", "failed"]);
/** Contract §4.3: `/orgs` re-fetches every 5 s while any org is still moving. */
export const ORGS_POLL_MS = 5_000;

const orgPath = (slug: string) => `/cp/orgs/${encodeURIComponent(slug)}`;

export const listOrgs = (options?: RequestOptions) => api.get("/cp/orgs", orgListSchema, options);
export const createOrg = (body: { slug: string; name: string }) => api.post("/cp/orgs", body, orgSchema);
export const getProvisionStatus = (slug: string, options?: RequestOptions) =>
  api.get(`${orgPath(slug)}/provision-status`, provisionStatusSchema, options);
export const retryProvisioning = (slug: string) =>
  api.post(`${orgPath(slug)}/provision`, {}, retryProvisionSchema);
/** Runs (or resumes) the purge cascade; a failed step throws an ApiError whose body lists the steps. */
export const deleteOrg = (slug: string, confirm: string) =>
  api.del(orgPath(slug), purgeResultSchema, { body: { confirm }, timeoutMs: 60_000 });
export const fetchTermsStatus = () =>
  api.get("/cp/auth/terms-status", termsStatusSchema, { timeoutMs: 10_000 });
export const acceptTerms = () =>
  api.post("/cp/auth/accept-terms", {}, termsStatusSchema, { timeoutMs: 10_000 });

/** Whether an org's status still changes on its own (so the list keeps polling). */
export const isOrgMoving = (org: Pick<Org, "status">) => !SETTLED.has(org.status);

/**
 * Whether the tenant really answers: its platform `/health`, scoped to the org by the slug header,
 * returns 2xx for this session (§6.5: DNS/TLS may lag behind `running`).
 */
async function probeTenant(slug: string): Promise<boolean> {
  try {
    const reply = await send({ method: "GET", path: "/health", orgSlug: slug, timeoutMs: 5_000 });
    return reply.ok;
  } catch {
    return false;
  }
}

/** Query keys and fetchers for the control plane's orgs; invalidate by the `all()` prefix. */
export const orgQueries = {
  all: () => ["orgs"] as const,
  list: () =>
    queryOptions({
      queryKey: [...orgQueries.all(), "list"] as const,
      queryFn: ({ signal }) => listOrgs({ signal }),
    }),
  provisionStatus: (slug: string) =>
    queryOptions({
      queryKey: [...orgQueries.all(), "provision-status", slug] as const,
      queryFn: ({ signal }) => getProvisionStatus(slug, { signal }),
    }),
  terms: () => queryOptions({ queryKey: [...orgQueries.all(), "terms"] as const, queryFn: fetchTermsStatus }),
  /** Whether the org's tenant answers yet (§6.5); polled until it does. */
  tenantProbe: (slug: string) =>
    queryOptions({
      queryKey: [...orgQueries.all(), "tenant-probe", slug] as const,
      queryFn: () => probeTenant(slug),
    }),
};
