import { describeError } from "@/lib/api/describe-error";
import { patchWorkspacesOptimistic, type EditTarget } from "@/lib/api/workspace-mutations";
import type { PatchWorkspaceRequest } from "@/lib/contract";
import { useToastStore } from "@/store/toasts";
import { useUndoStore } from "@/store/undo";

export type Patches = ReadonlyMap<string, PatchWorkspaceRequest>;

export type Edit = {
  /** What the user did, as the undo entry and any failure say it ("Move PM"). */
  label: string;
  apply: Patches;
  /** The patches that put everything back as it was. */
  revert: Patches;
};

async function runAll(target: EditTarget, patches: Patches): Promise<void> {
  const failures = await patchWorkspacesOptimistic(target, patches);
  if (failures[0]) throw failures[0].error;
}

/**
 * Saves an edit optimistically (one PATCH per workspace, bounded concurrency). When every save
 * lands, it becomes one undo entry; when one fails, that row rolls back and a toast says why.
 */
export async function saveEdit(target: EditTarget, edit: Edit): Promise<boolean> {
  if (edit.apply.size === 0) return true;
  const failures = await patchWorkspacesOptimistic(target, edit.apply);
  const failed = failures[0];
  if (failed) {
    const { title, message } = describeError(failed.error);
    useToastStore.getState().show({
      kind: "error",
      title: `Couldn't save: ${edit.label}`,
      message: `${title}. ${message}${failures.length > 1 ? ` (${failures.length} workspaces not saved)` : ""}`,
    });
    return false;
  }
  useUndoStore.getState().record({
    label: edit.label,
    undo: () => runAll(target, edit.revert),
    redo: () => runAll(target, edit.apply),
  });
  return true;
}
