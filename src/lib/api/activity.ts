import { queryOptions } from "@tanstack/react-query";
import { mergeActivity, type ActivityEntry } from "@/lib/activity/live-activity";
import { activityListSchema } from "@/lib/contract";
import { api } from "./client";

/** The platform caps `limit` here (contract §6.1). */
export const MAX_ACTIVITY_LIMIT = 500;
/** Rows per page, and what a refetch asks for beyond the newest row held. */
export const ACTIVITY_PAGE = 50;

export type ActivityParams = { type?: string; limit: number; since?: string };

/**
 * A workspace's activity, newest first. `since` is a local-platform extension; the real platform
 * ignores it, so callers merge by id rather than trusting the filter.
 */
export function fetchActivity(workspaceId: string, params: ActivityParams, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: String(Math.min(params.limit, MAX_ACTIVITY_LIMIT)) });
  if (params.type) query.set("type", params.type);
  if (params.since) query.set("since", params.since);
  return api.get(`/workspaces/${workspaceId}/activity?${query.toString()}`, activityListSchema, { signal });
}

/** Query keys and fetchers for activity; invalidate by a prefix, never a typed key. */
export const activityQueries = {
  all: () => ["activity"] as const,
  /** Every page of one workspace's log: live rows go to each of them. */
  workspace: (workspaceId: string) => [...activityQueries.all(), workspaceId] as const,
  /**
   * The newest `limit` rows of a workspace, with live rows merged in. A refetch (after a reconnect)
   * asks only for rows since the newest one held and merges them, so live rows are not lost.
   */
  page: (workspaceId: string, limit: number) => {
    const queryKey = [...activityQueries.workspace(workspaceId), limit] as const;
    return queryOptions({
      queryKey,
      queryFn: async ({ signal, client }): Promise<ActivityEntry[]> => {
        const held = client.getQueryData<ActivityEntry[]>(queryKey);
        if (held === undefined) return fetchActivity(workspaceId, { limit }, signal);
        const newer = await fetchActivity(
          workspaceId,
          { limit: ACTIVITY_PAGE, since: held[0]?.created_at },
          signal,
        ).catch(() => []); // what is held stays on screen; the next reconnect or "load older" tries again
        return mergeActivity(client.getQueryData<ActivityEntry[]>(queryKey) ?? held, newer);
      },
      staleTime: Infinity,
    });
  },
};
