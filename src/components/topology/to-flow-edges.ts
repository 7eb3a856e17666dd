import type { Edge } from "@xyflow/react";
import { USER_NODE_ID, type TopologyEdgeSummary } from "@/lib/topology/derive-edges";

export type TopologyEdgeData = TopologyEdgeSummary & {
  /** Focus mode: this edge does not touch the focused workspace. */
  isDimmed: boolean;
  sourceName: string;
  targetName: string;
};
export type TopologyFlowEdge = Edge<TopologyEdgeData, "topology">;

const same = (a: TopologyEdgeData, b: TopologyEdgeData) =>
  (Object.keys(a) as (keyof TopologyEdgeData)[]).every((k) => a[k] === b[k]);

/**
 * Summaries → React Flow edges. An edge whose data did not change keeps its object, so React Flow
 * re-renders only the edges a tick or an event really changed (and never a node). `previous` is
 * the last result by id and is updated in place.
 */
export function toFlowEdges(
  summaries: readonly TopologyEdgeSummary[],
  extra: (s: TopologyEdgeSummary) => Pick<TopologyEdgeData, "isDimmed" | "sourceName" | "targetName">,
  previous: Map<string, TopologyFlowEdge>,
): TopologyFlowEdge[] {
  const edges = summaries.map((s): TopologyFlowEdge => {
    const data: TopologyEdgeData = { ...s, ...extra(s) };
    const old = previous.get(s.id);
    if (old?.data && same(old.data, data)) return old;
    return {
      id: s.id,
      // The user has no card: a chat edge hangs off its target and draws itself as an arrow coming in.
      source: s.source === USER_NODE_ID ? s.target : s.source,
      target: s.target,
      type: "topology",
      data,
      // The label button is the keyboard stop; React Flow's own edge focus would be a second one.
      focusable: false,
      selectable: false,
      zIndex: 1000,
    };
  });
  previous.clear();
  for (const e of edges) previous.set(e.id, e);
  return edges;
}
