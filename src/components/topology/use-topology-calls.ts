import { useEffect, useSyncExternalStore } from "react";
import type { TopologyCall } from "@/lib/topology/call";
import { useLiveSession } from "@/lib/ws/use-live-session";

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
  // One feed per session, shared by the edges, the timeline and the panel, so they backfill once together.
  const { topologyFeed: feed, retainTopology } = useLiveSession();

  useEffect(() => (isOn ? retainTopology() : undefined), [retainTopology, isOn]);

  useEffect(() => {
    if (!isOn) return;
    feed.ensure("agents", windowMs);
    if (showChats) feed.ensure("chats", windowMs);
  }, [feed, isOn, windowMs, showChats]);

  const version = useSyncExternalStore(feed.subscribe, feed.version, feed.version);
  const status = feed.status();
  return { calls: feed.calls(), version, isLoading: status === "loading", hasFailed: status === "error" };
}
