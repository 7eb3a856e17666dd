import { useCallback } from "react";
import { restoreBackup, type DeleteBackup } from "@/lib/api/delete-with-backup";
import { useEditTarget } from "@/lib/api/use-edit-target";
import { deleteWorkspace } from "@/lib/api/workspace-mutations";
import { selectUndoLabel, useUndoStore } from "@/store/undo";

/**
 * Records a delete as an undo entry that recreates the sub-trees from their bundles. Recreated
 * workspaces get new ids, so redo deletes whatever the last undo created.
 */
export function useRecordDelete() {
  const editTarget = useEditTarget();
  const record = useUndoStore((s) => s.record);
  return useCallback(
    (label: string, backups: DeleteBackup[]) => {
      let recreated: string[] = [];
      record({
        label,
        undo: async () => {
          recreated = [];
          for (const backup of backups) recreated.push(await restoreBackup(editTarget, backup));
        },
        redo: async () => {
          for (const id of recreated) await deleteWorkspace(id, { confirm: true });
        },
      });
    },
    [editTarget, record],
  );
}

/** Undo from a toast: only if the delete is still the latest action, so it never undoes something else. */
export function undoIfLatest(label: string): boolean {
  const store = useUndoStore.getState();
  if (selectUndoLabel(store) !== label) return false;
  void store.undo();
  return true;
}
