import type { TopologyCall } from "./call";
import { USER_NODE_ID, type DeriveOptions } from "./derive-edges";
import { callsInWindow } from "./window";

/**
 * The calls behind one drawn edge (after folding), newest first, at most `limit`: what the calls
 * panel lists when the edge is clicked. Uses the same window and folding as `deriveEdges`.
 */
export function callsOnEdge(
  calls: readonly TopologyCall[],
  edge: { readonly source: string; readonly target: string },
  options: Pick<DeriveOptions, "now" | "windowMs" | "parentOf" | "shownAs">,
  limit = 50,
): TopologyCall[] {
  const drawnAs = (id: string) => (options.parentOf.has(id) ? (options.shownAs?.get(id) ?? id) : undefined);
  const found: TopologyCall[] = [];
  const inWindow = callsInWindow(calls, options.now, options.windowMs);
  for (let i = inWindow.length - 1; i >= 0 && found.length < limit; i--) {
    const call = inWindow[i]!;
    const source = call.sourceId === null ? USER_NODE_ID : drawnAs(call.sourceId);
    if (source === edge.source && drawnAs(call.targetId) === edge.target) found.push(call);
  }
  return found;
}
