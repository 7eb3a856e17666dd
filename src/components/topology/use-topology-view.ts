import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { TopologyCall } from "@/lib/topology/call";
import { deriveEdges, type DeriveOptions, type TopologyEdgeSummary } from "@/lib/topology/derive-edges";
import { useNow } from "@/lib/use-now";
import { useTopologyStore } from "@/store/topology";
import { useOrgShape, type OrgShape } from "./use-org-shape";
import { useTopologyCalls } from "./use-topology-calls";

/** Relative labels and hot/cold need only this resolution; the tick never fetches. */
const TICK_MS = 10_000;

/** While time travelling, edges show the calls of this much of the window before the scrubbed moment. */
export const trailOf = (windowMs: number) => windowMs / 12;

export type TopologyInputs = {
  isOn: boolean;
  calls: readonly TopologyCall[];
  options: DeriveOptions;
  shape: OrgShape;
  /** The live end of the window (clock, or the newest call if the platform's clock runs ahead). */
  liveNow: number;
  isLoading: boolean;
  hasFailed: boolean;
};

export type TopologyView = TopologyInputs & { summaries: TopologyEdgeSummary[] };

/**
 * The live end of the window: a cheap clock tick, moved on at once by a newer call (the platform's
 * clock may run a little ahead of the browser's).
 */
export function useLiveNow(calls: readonly TopologyCall[], isActive: boolean): number {
  const tick = useNow(isActive, TICK_MS);
  return useMemo(() => Math.max(tick, calls.at(-1)?.at ?? 0), [tick, calls]);
}

/** What the overlay's parts draw from: calls, the org's shape, the moment and window shown. */
export function useTopologyInputs(): TopologyInputs {
  const { isOn, windowMs, showChats, travelAt } = useTopologyStore(
    useShallow((s) => ({ isOn: s.isOn, windowMs: s.windowMs, showChats: s.showChats, travelAt: s.travelAt })),
  );
  const { calls, isLoading, hasFailed } = useTopologyCalls(isOn, windowMs, showChats);
  const shape = useOrgShape();
  const liveNow = useLiveNow(calls, isOn && travelAt === null);

  const options = useMemo<DeriveOptions>(
    () => ({
      now: travelAt ?? liveNow,
      windowMs: travelAt === null ? windowMs : trailOf(windowMs),
      parentOf: shape.parentOf,
      shownAs: shape.shownAs,
      showChats,
    }),
    [travelAt, liveNow, windowMs, shape, showChats],
  );
  return { isOn, calls, options, shape, liveNow, isLoading, hasFailed };
}

/** The inputs plus the edges derived from them. */
export function useTopologyView(): TopologyView {
  const inputs = useTopologyInputs();
  const { isOn, calls, options } = inputs;
  // `calls` is a new array whenever a call changed, so it alone decides when to derive again.
  const summaries = useMemo(() => (isOn ? deriveEdges(calls, options) : []), [isOn, calls, options]);
  return { ...inputs, summaries };
}
