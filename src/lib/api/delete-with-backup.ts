import type { Bundle, WorkspaceRow } from "@/lib/contract";
import { exportBundle, importAndPlace } from "./bundles";
import { deleteWorkspace, type EditTarget } from "./workspace-mutations";

/** What is needed to recreate a deleted sub-tree: its bundle and where its rows were. */
export type DeleteBackup = {
  bundle: Bundle;
  positions: ReadonlyMap<string, { x: number; y: number }>;
  parentId: string | null;
};

/**
 * Exports the sub-tree (best effort: a failed export only means no undo), then deletes it with
 * `confirm=true` so a team goes in one request. Resolves with the backup, or null without one.
 */
export async function deleteWithBackup(
  root: WorkspaceRow,
  subtree: readonly WorkspaceRow[],
): Promise<DeleteBackup | null> {
  let bundle: Bundle | null = null;
  try {
    bundle = await exportBundle(root.id);
  } catch {
    bundle = null;
  }
  await deleteWorkspace(root.id, { confirm: true });
  if (!bundle) return null;
  return {
    bundle,
    positions: new Map(subtree.map((r) => [r.id, { x: r.x, y: r.y }])),
    parentId: root.parent_id,
  };
}

/** Recreates a deleted sub-tree from its backup. The copies get new ids; resolves with the new root id. */
export async function restoreBackup(target: EditTarget, backup: DeleteBackup): Promise<string> {
  const { result } = await importAndPlace(target, backup.bundle, {
    positions: backup.positions,
    offset: { x: 0, y: 0 },
    parentId: backup.parentId,
  });
  return result.workspace_id;
}
