"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { fetchActivity, MAX_ACTIVITY_LIMIT } from "@/lib/api/activity";
import { entryFromEvent, mergeActivity, type ActivityEntry } from "@/lib/activity/live-activity";
import { platformEvents } from "@/lib/ws/event-hub";

const PAGE = 50;

/**
 * A workspace's activity: one fetch (grown by "load older"), then live rows from the socket.
 * No polling. After a reconnect, only rows since the newest one are asked for (`since`, a local
 * extension); a platform that ignores it returns the latest page, which merges by id all the same.
 */
export function useActivity(workspaceId: string) {
  const [limit, setLimit] = useState(PAGE);
  const [extra, setExtra] = useState<ActivityEntry[]>([]);
  const query = useQuery({
    queryKey: ["activity", workspaceId, limit],
    queryFn: ({ signal }) => fetchActivity(workspaceId, { limit }, signal),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
  const fetched = query.data;

  const entries = useMemo(() => mergeActivity(extra, fetched ?? []), [extra, fetched]);
  const newest = entries[0]?.created_at;

  useEffect(
    () =>
      platformEvents.subscribe({
        onEvent(event) {
          const entry = entryFromEvent(event, workspaceId);
          if (entry) setExtra((prev) => [entry, ...prev]);
        },
        onReconnect() {
          void fetchActivity(workspaceId, { limit: PAGE, since: newest }).then(
            (rows) => setExtra((prev) => mergeActivity(prev, rows)),
            () => {}, // the next reconnect or "load older" tries again
          );
        },
      }),
    [workspaceId, newest],
  );

  const loadOlder = useCallback(() => setLimit((n) => Math.min(n + PAGE, MAX_ACTIVITY_LIMIT)), []);
  const hasOlder = (fetched?.length ?? 0) >= limit && limit < MAX_ACTIVITY_LIMIT;

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
