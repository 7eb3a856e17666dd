import { activityListSchema, type ActivityRow } from "@/lib/contract";
import { api, isApiError } from "./client";

/** The tenant-wide extension's cap (ARCHITECTURE §4); the per-workspace route caps at 500. */
const TENANT_LIMIT = 5000;
const WORKSPACE_LIMIT = 500;
/** Requests in flight at once when falling back to one request per workspace. */
const FALLBACK_CONCURRENCY = 4;

/** `agents`: rows with a caller (delegations, agent → agent calls). `chats`: the user's own calls. */
export type TopologyScope = "agents" | "chats";

export type TopologyBackfill = {
  since: number;
  scope: TopologyScope;
  /** Only asked for when the platform lacks the tenant-wide query. */
  workspaceIds: () => readonly string[];
  signal?: AbortSignal;
};

const filters = (scope: TopologyScope, since: number) =>
  new URLSearchParams({
    ...(scope === "agents" ? { source: "agent" } : { type: "a2a_receive", source: "canvas" }),
    since: new Date(since).toISOString(),
  });

const isMissingRoute = (err: unknown) =>
  isApiError(err) && err.kind === "http" && (err.status === 404 || err.status === 405 || err.status === 501);

async function perWorkspace(request: TopologyBackfill): Promise<ActivityRow[]> {
  const ids = [...request.workspaceIds()];
  const query = filters(request.scope, request.since);
  query.set("limit", String(WORKSPACE_LIMIT));
  const rows: ActivityRow[] = [];
  const worker = async () => {
    for (let id = ids.shift(); id !== undefined; id = ids.shift()) {
      const path = `/workspaces/${encodeURIComponent(id)}/activity?${query.toString()}`;
      // One workspace failing must not hide the others' traffic.
      const found = await api.get(path, activityListSchema, { signal: request.signal }).catch(() => []);
      rows.push(...found);
    }
  };
  await Promise.all(Array.from({ length: FALLBACK_CONCURRENCY }, worker));
  return rows;
}

/**
 * A fetcher of the activity rows the overlay needs since `since`: one tenant-wide request, or
 * (against a platform without that extension) one request per workspace, four at a time. The caller
 * decides when; it never repeats on its own. Each fetcher learns once that the extension is missing.
 */
export function createTopologyRowsFetcher(): (request: TopologyBackfill) => Promise<ActivityRow[]> {
  // A platform without the extension answers 404 to every later attempt too.
  let hasTenantWide = true;
  return async (request) => {
    if (hasTenantWide) {
      const query = filters(request.scope, request.since);
      query.set("limit", String(TENANT_LIMIT));
      try {
        return await api.get(`/activity?${query.toString()}`, activityListSchema, { signal: request.signal });
      } catch (err) {
        if (!isMissingRoute(err)) throw err;
        hasTenantWide = false;
      }
    }
    return perWorkspace(request);
  };
}
