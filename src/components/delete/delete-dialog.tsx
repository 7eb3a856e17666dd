"use client";

import { useMemo, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { describeError } from "@/lib/api/describe-error";
import { useWorkspaceRows } from "@/lib/api/use-workspaces";
import { deleteWithBackup, type DeleteBackup } from "@/lib/api/delete-with-backup";
import { buildTree } from "@/lib/graph/build-tree";
import { useDialogsStore } from "@/store/dialogs";
import { usePanelStore } from "@/store/panel";
import { useSelectionStore } from "@/store/selection";
import { useToastStore } from "@/store/toasts";
import { planDelete, type DeletePlan } from "./delete-plan";
import { undoIfLatest, useRecordDelete } from "./use-delete-undo";

function titleOf(plan: DeletePlan): string {
  const [only] = plan.targets;
  if (plan.targets.length !== 1 || !only) return `Delete ${plan.total} workspaces?`;
  if (only.below.length === 0) return `Delete ${only.root.name}?`;
  return `Delete team ${only.root.name}?`;
}

/** The one delete confirmation: one click for a single workspace, the typed name for a team. */
export function DeleteDialog() {
  const ids = useDialogsStore((s) => s.deleteIds);
  return ids.length === 0 ? null : <DeleteConfirm key={ids.join(",")} ids={ids} />;
}

function DeleteConfirm({ ids }: { ids: readonly string[] }) {
  const close = useDialogsStore((s) => s.closeDelete);
  const rows = useWorkspaceRows();
  const tree = useMemo(() => buildTree(rows), [rows]);
  // Frozen when the dialog opens: rows vanish as their removal events arrive mid-delete.
  const [plan] = useState(() => planDelete(rows, tree, ids));
  const [typed, setTyped] = useState("");
  const [failures, setFailures] = useState<string[]>([]);
  const [isDeleting, setIsDeleting] = useState(false);
  // Roots already gone, so "Retry delete" after a partial failure sends only the rest.
  const doneIds = useRef(new Set<string>());
  const backups = useRef<DeleteBackup[]>([]);
  const forgetSelection = useSelectionStore((s) => s.forget);
  const forgetPanel = usePanelStore((s) => s.forget);
  const showToast = useToastStore((s) => s.show);
  const recordDelete = useRecordDelete();

  const canDelete = plan.phrase === null || typed.trim() === plan.phrase;
  const title = titleOf(plan);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canDelete || isDeleting) return;
    setIsDeleting(true);
    const failed: string[] = [];
    for (const { root, below } of plan.targets) {
      if (doneIds.current.has(root.id)) continue;
      const subtree = [root, ...below.map((b) => b.row)];
      try {
        const backup = await deleteWithBackup(root, subtree);
        if (backup) backups.current.push(backup);
        doneIds.current.add(root.id);
        forgetSelection(subtree.map((r) => r.id));
        subtree.forEach((r) => forgetPanel(r.id));
      } catch (err) {
        failed.push(`${root.name}: ${describeError(err).message}`);
      }
    }
    setIsDeleting(false);
    if (failed.length > 0) return setFailures(failed);
    close();
    const label = title.replace(/\?$/, "");
    if (backups.current.length > 0) recordDelete(label, backups.current);
    showToast({
      kind: "success",
      title: plan.total === 1 ? "Workspace deleted" : `${plan.total} workspaces deleted`,
      message:
        backups.current.length > 0
          ? "Undo recreates them with new ids; chat history and secrets are not restored."
          : undefined,
      action:
        backups.current.length > 0
          ? {
              label: "Undo",
              onClick: () => {
                if (!undoIfLatest(label))
                  showToast({ kind: "info", title: "Other changes came after; use Undo in order." });
              },
            }
          : undefined,
    });
  };

  return (
    <Dialog
      role="alertdialog"
      title={title}
      onClose={close}
      description="This stops the agents and removes them from the org."
    >
      <form onSubmit={(e) => void handleSubmit(e)} className="flex flex-col gap-4">
        {plan.total > 1 ? (
          <section aria-labelledby="delete-list-heading">
            <h3 id="delete-list-heading" className="mb-1 text-sm font-medium">
              These {plan.total} workspaces will be removed:
            </h3>
            <ul
              aria-labelledby="delete-list-heading"
              className="max-h-56 overflow-y-auto rounded-md border border-border/40 p-2 text-sm"
            >
              {plan.targets.flatMap(({ root, below }) => [
                <li key={root.id} className="font-medium">
                  {root.name}
                </li>,
                ...below.map(({ row, depth }) => (
                  <li key={row.id} style={{ paddingLeft: `${depth}rem` }}>
                    {row.name}
                  </li>
                )),
              ])}
            </ul>
          </section>
        ) : null}
        {plan.phrase !== null ? (
          <TextField
            label={`Type ${plan.phrase} to confirm`}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
        ) : null}
        {failures.length > 0 ? (
          <div role="alert" className="text-sm text-danger">
            <p className="font-medium">Some deletes failed:</p>
            <ul className="list-disc pl-5">
              {failures.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" disabled={!canDelete} isBusy={isDeleting} className="bg-danger text-bg">
            {isDeleting ? "Deleting…" : failures.length > 0 ? "Retry delete" : "Delete"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
