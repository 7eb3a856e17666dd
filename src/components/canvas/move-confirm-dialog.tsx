"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { PendingMove } from "./use-position-saving";

type MoveConfirmDialogProps = { move: PendingMove; onConfirm: () => void; onCancel: () => void };

function quote(name: string) {
  return `“${name}”`;
}

/** Asks before a drag changes the org's structure, saying exactly what will change. */
export function MoveConfirmDialog({ move, onConfirm, onCancel }: MoveConfirmDialogProps) {
  const who = move.names.length === 1 ? quote(move.names[0] ?? "") : `${move.names.length} workspaces`;
  const isExtract = move.toName === null;
  const title = isExtract
    ? `Take ${who} out of ${quote(move.fromName ?? "its team")}?`
    : `Move ${who} into ${quote(move.toName ?? "")}?`;
  const description = isExtract
    ? `${who} will become top-level and no longer report to ${quote(move.fromName ?? "its team")}.`
    : `${who} will become part of ${quote(move.toName ?? "")}${
        move.fromName ? ` instead of ${quote(move.fromName)}` : ""
      } and move with it. Members of a moved team come along.`;
  return (
    <Dialog title={title} description={description} onClose={onCancel} size="sm">
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button onClick={onConfirm} data-autofocus>
          {isExtract ? "Take out" : "Move"}
        </Button>
      </div>
    </Dialog>
  );
}
