"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { WorkspaceRow } from "@/lib/contract";
import {
  LIFECYCLE_LABELS,
  lifecycleActionsFor,
  runLifecycleAction,
  type LifecycleAction,
} from "@/lib/workspace-actions";
import { useDialogsStore } from "@/store/dialogs";
import { useToastAction } from "./use-toast-action";

/** Restart / pause / resume as the workspace's status allows, and delete through the one dialog. */
export function WorkspaceActionsBar({ row }: { row: WorkspaceRow }) {
  const openDelete = useDialogsStore((s) => s.openDelete);
  const toastAction = useToastAction();
  const [running, setRunning] = useState<LifecycleAction | null>(null);

  const handleAction = async (action: LifecycleAction) => {
    setRunning(action);
    await toastAction(`${LIFECYCLE_LABELS[action]} failed`, () => runLifecycleAction(action, row));
    setRunning(null);
  };

  return (
    <div role="group" aria-label="Workspace actions" className="flex flex-wrap gap-2">
      {lifecycleActionsFor(row).map((action) => (
        <Button
          key={action}
          variant="secondary"
          isBusy={running === action}
          onClick={() => void handleAction(action)}
        >
          {LIFECYCLE_LABELS[action]}
        </Button>
      ))}
      <Button variant="secondary" className="text-danger" onClick={() => openDelete([row.id])}>
        Delete…
      </Button>
    </div>
  );
}
