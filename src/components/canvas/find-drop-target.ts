import type { XYPosition } from "@xyflow/react";
import { descendantsOf, type WorkspaceTree } from "@/lib/graph/build-tree";
import type { Box } from "@/lib/graph/card-size";

/**
 * The card under the pointer that dragged cards would join: the deepest visible one, never a
 * dragged card or one of its members (a team cannot go inside itself). Null means the open canvas.
 */
export function findDropTarget(
  tree: WorkspaceTree,
  pointer: XYPosition,
  draggedIds: readonly string[],
  boxOf: (id: string) => Box | undefined,
): string | null {
  const excluded = new Set(draggedIds.flatMap((id) => [id, ...descendantsOf(tree, id)]));
  let best: string | null = null;
  let bestDepth = -1;
  for (const id of tree.order) {
    if (excluded.has(id)) continue;
    const box = boxOf(id);
    if (!box) continue;
    const isInside =
      pointer.x >= box.x &&
      pointer.x <= box.x + box.width &&
      pointer.y >= box.y &&
      pointer.y <= box.y + box.height;
    const depth = tree.depthOf.get(id) ?? 0;
    if (isInside && depth > bestDepth) {
      best = id;
      bestDepth = depth;
    }
  }
  return best;
}
