"use client";

import { ApprovalsInbox } from "@/components/approvals/approvals-inbox";
import { UserMenu } from "@/components/ui/user-menu";
import { useSession } from "@/components/auth/use-session";
import { ConnectionPill } from "@/components/canvas/connection-pill";
import { Button } from "@/components/ui/button";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { orgsPageUrl } from "@/lib/org-urls";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { WorkspaceCount } from "./workspace-count";
import { selectCanRedo, selectCanUndo, selectRedoLabel, selectUndoLabel, useUndoStore } from "@/store/undo";

/** The bar above the chart: the connection, the count, tidy, undo/redo, the theme and, signed in, the account. */
export function OrgToolbar() {
  const session = useSession();
  const requestTidy = useCanvasCommandsStore((s) => s.requestTidy);
  const canUndo = useUndoStore(selectCanUndo);
  const canRedo = useUndoStore(selectCanRedo);
  const undoLabel = useUndoStore(selectUndoLabel);
  const redoLabel = useUndoStore(selectRedoLabel);
  return (
    <header className="flex flex-wrap items-center justify-between gap-3 border-b border-border/40 px-4 py-2">
      <div className="flex items-center gap-3">
        <h1 className="text-base font-semibold">Molecule Canvas</h1>
        <ConnectionPill />
        <WorkspaceCount />
      </div>
      <div className="flex items-center gap-2">
        <Button
          variant="secondary"
          disabled={!canUndo}
          onClick={() => void useUndoStore.getState().undo()}
          title="Undo (Ctrl+Z)"
          aria-label={undoLabel ? `Undo ${undoLabel}` : "Undo"}
        >
          Undo
        </Button>
        <Button
          variant="secondary"
          disabled={!canRedo}
          onClick={() => void useUndoStore.getState().redo()}
          title="Redo (Shift+Ctrl+Z)"
          aria-label={redoLabel ? `Redo ${redoLabel}` : "Redo"}
        >
          Redo
        </Button>
        <Button variant="secondary" onClick={() => requestTidy(null)}>
          Tidy layout
        </Button>
        <ApprovalsInbox />
        <ThemeToggle />
        {session ? <UserMenu email={session.email} orgsHref={orgsPageUrl()} /> : null}
      </div>
    </header>
  );
}
