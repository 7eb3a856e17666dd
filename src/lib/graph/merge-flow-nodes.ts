import type { WorkspaceFlowNode } from "./to-flow-nodes";

/**
 * Carries React Flow's own state (measured size, a drag in progress) from the nodes on screen to
 * freshly derived ones, so a row update neither re-measures every card nor yanks a card from under
 * the pointer. Returns `previous` itself when nothing changed.
 */
export function mergeFlowNodes(
  derived: readonly WorkspaceFlowNode[],
  previous: readonly WorkspaceFlowNode[],
): WorkspaceFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  let isChanged = derived.length !== previous.length;
  const merged = derived.map((node, i) => {
    const prior = before.get(node.id);
    let next = node;
    if (prior?.dragging) next = prior;
    else if (prior && prior !== node && prior.measured && !node.measured)
      next = { ...node, measured: prior.measured };
    if (next !== previous[i]) isChanged = true;
    return next;
  });
  return isChanged ? merged : (previous as WorkspaceFlowNode[]);
}
