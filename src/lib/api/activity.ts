import { activityListSchema } from "@/lib/contract";
import { api } from "./client";

/** The platform caps `limit` here (contract §6.1). */
export const MAX_ACTIVITY_LIMIT = 500;

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
