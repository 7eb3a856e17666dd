"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { ACTIVITY_PAGE, activityQueries, MAX_ACTIVITY_LIMIT } from "@/lib/api/activity";
import type { ActivityEntry } from "@/lib/activity/live-activity";

const NO_ENTRIES: readonly ActivityEntry[] = [];

/**
 * A workspace's activity: one fetch (grown by "load older"), with live rows joined by the live
 * session. No polling; after a reconnect only rows since the newest one are asked for.
 */
export function useActivity(workspaceId: string) {
  const [limit, setLimit] = useState(ACTIVITY_PAGE);
  const query = useQuery({ ...activityQueries.page(workspaceId, limit), placeholderData: keepPreviousData });
  const entries = query.data ?? NO_ENTRIES;

  const loadOlder = useCallback(() => setLimit((n) => Math.min(n + ACTIVITY_PAGE, MAX_ACTIVITY_LIMIT)), []);
  const hasOlder = entries.filter((e) => !e.isLive).length >= limit && limit < MAX_ACTIVITY_LIMIT;

  return {
    entries,
    status: query.status,
    error: query.error,
    retry: () => void query.refetch(),
    loadOlder,
    hasOlder,
    isLoadingOlder: query.isFetching && query.isPlaceholderData,
  };
}
