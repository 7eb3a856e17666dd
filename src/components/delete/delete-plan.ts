import type { WorkspaceRow } from "@/lib/contract";
import { descendantsOf, type WorkspaceTree } from "@/lib/graph/build-tree";
import { selectWorkspace } from "@/lib/events/workspace-index";

export type DeleteTarget = {
  root: WorkspaceRow;
  /** Everything under the root, parents before children, with depth below the root. */
  below: { row: WorkspaceRow; depth: number }[];
};

export type DeletePlan = {
  targets: DeleteTarget[];
  total: number;
  /** What the user must type; null when one confirming click is enough (one workspace, no team). */
  phrase: string | null;
};

/**
 * What deleting `ids` removes: each id not already under another chosen id, with its sub-tree
 * from the cached list. Teams (or several at once) need a typed confirmation.
 */
export function planDelete(
  rows: readonly WorkspaceRow[],
  tree: WorkspaceTree,
  ids: readonly string[],
): DeletePlan {
  const chosen = new Set(ids.filter((id) => selectWorkspace(rows, id)));
  const isCovered = (id: string) => {
    for (let p = tree.parentOf.get(id) ?? null; p !== null; p = tree.parentOf.get(p) ?? null)
      if (chosen.has(p)) return true;
    return false;
  };
  const targets: DeleteTarget[] = [];
  for (const id of chosen) {
    const root = selectWorkspace(rows, id);
    if (!root || isCovered(id)) continue;
    const rootDepth = tree.depthOf.get(id) ?? 0;
    const below = descendantsOf(tree, id).flatMap((d) => {
      const row = selectWorkspace(rows, d);
      return row ? [{ row, depth: (tree.depthOf.get(d) ?? 0) - rootDepth }] : [];
    });
    targets.push({ root, below });
  }
  const total = targets.reduce((n, t) => n + 1 + t.below.length, 0);
  const [only] = targets;
  const phrase =
    targets.length === 1 && only ? (only.below.length > 0 ? only.root.name : null) : `delete ${total}`;
  return { targets, total, phrase };
}
