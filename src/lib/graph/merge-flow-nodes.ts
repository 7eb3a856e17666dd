import type { WorkspaceFlowNode } from "./to-flow-nodes";

const NONE: ReadonlySet<string> = new Set();

/**
 * Carries React Flow's own state (measured size, a drag in progress) from the nodes on screen to
 * freshly derived ones, so a row update neither re-measures every card nor yanks a card from under
 * the pointer. `held` cards were moved on screen (arrow keys) and their rows do not say so yet: they
 * keep the spot they have, or a heartbeat arriving before the save would undo the move. Returns
 * `previous` itself when nothing changed.
 */
export function mergeFlowNodes(
  derived: readonly WorkspaceFlowNode[],
  previous: readonly WorkspaceFlowNode[],
  held: ReadonlySet<string> = NONE,
): WorkspaceFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  let isChanged = derived.length !== previous.length;
  const merged = derived.map((node, i) => {
    const prior = before.get(node.id);
    let next = node;
    if (prior?.dragging) next = prior;
    else if (prior && prior !== node) {
      const isMovedHere = prior.position.x !== node.position.x || prior.position.y !== node.position.y;
      if (held.has(node.id) && isMovedHere) next = { ...next, position: prior.position };
      if (prior.measured && !node.measured) next = { ...next, measured: prior.measured };
    }
    if (next !== previous[i]) isChanged = true;
    return next;
  });
  return isChanged ? merged : (previous as WorkspaceFlowNode[]);
}
