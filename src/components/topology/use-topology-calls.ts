import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { workspaceQueries } from "@/lib/api/queries";
import { fetchTopologyRows } from "@/lib/api/topology-activity";
import type { TopologyCall } from "@/lib/topology/call";
import { createTopologyFeed, type TopologyFeed } from "@/lib/topology/feed";
import { platformEvents } from "@/lib/ws/event-hub";

type Shared = { client: QueryClient; feed: TopologyFeed; users: number; stop: (() => void) | null };
let shared: Shared | null = null;

// One feed per tab, shared by the edges, the timeline and the panel, so they backfill once together.
function feedFor(client: QueryClient): TopologyFeed {
  if (shared?.client === client) return shared.feed;
  shared?.stop?.();
  const feed = createTopologyFeed({
    hub: platformEvents,
    now: Date.now,
    backfill: (scope, since) =>
      fetchTopologyRows({
        scope,
        since,
        workspaceIds: () => (client.getQueryData(workspaceQueries.list().queryKey) ?? []).map((r) => r.id),
      }),
  });
  shared = { client, feed, users: 0, stop: null };
  return feed;
}

/** Listens to the socket while anything shows the overlay; returns the release. */
function acquire(feed: TopologyFeed): () => void {
  const entry = shared;
  if (entry?.feed !== feed) return () => {};
  entry.users += 1;
  entry.stop ??= feed.start();
  return () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    entry.stop?.();
    entry.stop = null;
  };
}

export type TopologyCalls = {
  calls: readonly TopologyCall[];
  /** Changes whenever `calls` does. */
  version: number;
  isLoading: boolean;
  hasFailed: boolean;
};

/**
 * The calls the overlay draws, live. While `isOn`, the window (and the user's chats when shown) is
 * backfilled once; afterwards only socket events change it.
 */
export function useTopologyCalls(isOn: boolean, windowMs: number, showChats: boolean): TopologyCalls {
  const client = useQueryClient();
  const feed = feedFor(client);

  useEffect(() => (isOn ? acquire(feed) : undefined), [feed, isOn]);

  useEffect(() => {
    if (!isOn) return;
    feed.ensure("agents", windowMs);
    if (showChats) feed.ensure("chats", windowMs);
  }, [feed, isOn, windowMs, showChats]);

  const version = useSyncExternalStore(feed.subscribe, feed.version, feed.version);
  const status = feed.status();
  return { calls: feed.calls(), version, isLoading: status === "loading", hasFailed: status === "error" };
}
