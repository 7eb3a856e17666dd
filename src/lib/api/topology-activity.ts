import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { activityListSchema, type ActivityRow } from "@/lib/contract";
import { withRows, type CallWindow } from "@/lib/topology/call-window";
import type { TopologyScope } from "@/lib/topology/observations";
import { api, isApiError } from "./client";
import { workspaceQueries } from "./workspaces";

/** The tenant-wide extension's cap (ARCHITECTURE §4); the per-workspace route caps at 500. */
const TENANT_LIMIT = 5000;
const WORKSPACE_LIMIT = 500;
/** Requests in flight at once when falling back to one request per workspace. */
const FALLBACK_CONCURRENCY = 4;

type RowsRequest = {
  scope: TopologyScope;
  since: number;
  /** False once the platform answered that it lacks the tenant-wide query. */
  isTenantWide: boolean;
  /** Only asked for when the platform lacks the tenant-wide query. */
  workspaceIds: () => readonly string[];
  signal: AbortSignal;
};

const filters = (scope: TopologyScope, since: number) =>
  new URLSearchParams({
    ...(scope === "agents" ? { source: "agent" } : { type: "a2a_receive", source: "canvas" }),
    since: new Date(since).toISOString(),
  });

const isMissingRoute = (err: unknown) =>
  isApiError(err) && err.kind === "http" && (err.status === 404 || err.status === 405 || err.status === 501);

async function perWorkspace(request: RowsRequest): Promise<ActivityRow[]> {
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
 * The activity rows the overlay needs since `since`: one tenant-wide request, or (against a
 * platform without that extension) one request per workspace, four at a time.
 */
async function fetchTopologyRows(
  request: RowsRequest,
): Promise<{ rows: ActivityRow[]; isTenantWide: boolean }> {
  if (request.isTenantWide) {
    const query = filters(request.scope, request.since);
    query.set("limit", String(TENANT_LIMIT));
    try {
      const rows = await api.get(`/activity?${query.toString()}`, activityListSchema, {
        signal: request.signal,
      });
      return { rows, isTenantWide: true };
    } catch (err) {
      if (!isMissingRoute(err)) throw err;
    }
  }
  return { rows: await perWorkspace(request), isTenantWide: false };
}

/** A platform without the tenant-wide query answers 404 to every later attempt too: ask it once. */
const knowsTenantWideIsMissing = (client: QueryClient) =>
  client
    .getQueriesData<CallWindow>({ queryKey: topologyQueries.all() })
    .some(([, window]) => window?.isTenantWide === false);

/** Query keys and fetchers for the topology overlay's calls; invalidate by a prefix. */
export const topologyQueries = {
  all: () => ["topology"] as const,
  /** The one entry of a scope's calls: live events go to it. */
  scope: (scope: TopologyScope) => [...topologyQueries.all(), scope] as const,
  /**
   * A scope's calls back to at least `windowMs` ago. The entry only widens: a fetch asks for the
   * widest window held or wanted and merges its rows into what is held, so live calls stay.
   */
  window: (scope: TopologyScope, windowMs: number) => {
    const queryKey = topologyQueries.scope(scope);
    return queryOptions({
      queryKey,
      queryFn: async ({ client, signal }): Promise<CallWindow> => {
        const fetchedAt = Date.now();
        const widest = Math.max(windowMs, client.getQueryData<CallWindow>(queryKey)?.windowMs ?? 0);
        const { rows, isTenantWide } = await fetchTopologyRows({
          scope,
          since: fetchedAt - widest,
          isTenantWide: !knowsTenantWideIsMissing(client),
          workspaceIds: () => (client.getQueryData(workspaceQueries.list().queryKey) ?? []).map((r) => r.id),
          signal,
        });
        const held = client.getQueryData<CallWindow>(queryKey);
        return withRows(held, { scope, windowMs: widest, isTenantWide, rows, fetchedAt });
      },
      staleTime: Infinity,
      // Live events keep arriving after a failed backfill; a wider window or a reconnect asks again.
      retry: false,
      // Logs are compared by identity: deep-comparing thousands of calls on every write costs frames.
      structuralSharing: false,
    });
  },
};
