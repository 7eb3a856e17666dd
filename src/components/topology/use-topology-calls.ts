import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { topologyQueries } from "@/lib/api/topology-activity";
import type { TopologyCall } from "@/lib/topology/call";
import { mergeByTime } from "@/lib/topology/call-order";
import type { TopologyScope } from "@/lib/topology/observations";

export type TopologyCalls = {
  calls: readonly TopologyCall[];
  isLoading: boolean;
  hasFailed: boolean;
};

const NO_CALLS: readonly TopologyCall[] = [];

/** One scope's cached calls, backfilled while `isEnabled`; asking for a wider window fetches the rest. */
function useCallWindow(scope: TopologyScope, windowMs: number, isEnabled: boolean) {
  const query = useQuery({ ...topologyQueries.window(scope, windowMs), enabled: isEnabled });
  const { data, refetch } = query;
  useEffect(() => {
    // Joins a fetch already running, so the edges, timeline and panel widen the window once together.
    if (isEnabled && data !== undefined && data.windowMs < windowMs) void refetch({ cancelRefetch: false });
  }, [isEnabled, data, windowMs, refetch]);
  return query;
}

/**
 * The calls the overlay draws, live. While `isOn`, the window (and the user's chats when shown) is
 * backfilled once; afterwards only socket events change it.
 */
export function useTopologyCalls(isOn: boolean, windowMs: number, showChats: boolean): TopologyCalls {
  const agents = useCallWindow("agents", windowMs, isOn);
  const chats = useCallWindow("chats", windowMs, isOn && showChats);
  const agentCalls = agents.data?.log.calls ?? NO_CALLS;
  const chatCalls = (showChats ? chats.data?.log.calls : undefined) ?? NO_CALLS;
  // The same array while neither scope changed, so what is derived from it is not worked out again.
  const calls = useMemo(() => mergeByTime(agentCalls, chatCalls), [agentCalls, chatCalls]);
  return {
    calls,
    isLoading: agents.isFetching || (showChats && chats.isFetching),
    hasFailed: agents.isError || (showChats && chats.isError),
  };
}
