import { useEffect, useMemo, useState } from "react";
import { useSelectionStore } from "@/store/selection";
import { useTopologyStore } from "@/store/topology";
import { USER_NODE_ID } from "@/lib/topology/derive-edges";
import { toFlowEdges, type TopologyFlowEdge } from "./to-flow-edges";
import { useTopologyView } from "./use-topology-view";

const USER_NAME = "You";

/**
 * The overlay's React Flow edges for the current window, moment and collapsed teams (empty while
 * the overlay is off). In focus mode it also publishes which cards stay lit to the topology store.
 */
export function useTopologyEdges(): TopologyFlowEdge[] {
  const { summaries, shape } = useTopologyView();
  // Focus mode is part of the overlay: with the overlay off it dims nothing.
  const isFocusMode = useTopologyStore((s) => s.isOn && s.isFocusMode);
  const showFocus = useTopologyStore((s) => s.showFocus);
  const selectedId = useSelectionStore((s) => s.selectedIds[0] ?? null);
  const focusId = isFocusMode && selectedId !== null ? (shape.shownAs.get(selectedId) ?? selectedId) : null;

  const lit = useMemo(() => {
    if (focusId === null) return null;
    const ids = new Set([focusId]);
    for (const s of summaries) {
      if (s.source === focusId) ids.add(s.target);
      if (s.target === focusId) ids.add(s.source);
    }
    return ids;
  }, [focusId, summaries]);

  useEffect(() => showFocus(lit), [lit, showFocus]);
  useEffect(() => () => showFocus(null), [showFocus]);

  // Last render's edges by id, so unchanged edges keep their objects (see toFlowEdges).
  const [previous] = useState(() => new Map<string, TopologyFlowEdge>());
  return useMemo(() => {
    const nameOf = (id: string) => (id === USER_NODE_ID ? USER_NAME : (shape.names.get(id) ?? id));
    return toFlowEdges(
      summaries,
      (s) => ({
        isDimmed: focusId !== null && s.source !== focusId && s.target !== focusId,
        sourceName: nameOf(s.source),
        targetName: nameOf(s.target),
      }),
      previous,
    );
  }, [summaries, focusId, shape, previous]);
}
