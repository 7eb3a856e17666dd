"use client";

import { useMemo } from "react";
import { Menu, type MenuItem } from "@/components/ui/menu";
import { describeError } from "@/lib/api/describe-error";
import { useEditTarget } from "@/lib/api/use-edit-target";
import { useWorkspaceRow, useWorkspaceRows } from "@/lib/api/use-workspaces";
import { patchWorkspaceOptimistic } from "@/lib/api/workspace-mutations";
import type { WorkspaceRow } from "@/lib/contract";
import { buildTree } from "@/lib/graph/build-tree";
import { LIFECYCLE_LABELS, lifecycleActionsFor, runLifecycleAction } from "@/lib/workspace-actions";
import { statusLabel } from "@/lib/workspace-status";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { useDialogsStore, type ContextMenuTarget } from "@/store/dialogs";
import { usePanelStore } from "@/store/panel";
import { useSelectionStore } from "@/store/selection";
import { useToastStore } from "@/store/toasts";
import { useUndoStore } from "@/store/undo";
import { useBundleActions } from "./use-bundle-actions";

/** The card menu (right-click, the ContextMenu key or Shift+F10), listing only what applies now. */
export function WorkspaceContextMenu() {
  const target = useDialogsStore((s) => s.contextMenu);
  const row = useWorkspaceRow(target?.workspaceId ?? null);
  if (!target || !row) return null;
  return <OpenMenu key={`${row.id}-${target.x}-${target.y}`} target={target} row={row} />;
}

function OpenMenu({ target, row }: { target: ContextMenuTarget; row: WorkspaceRow }) {
  const editTarget = useEditTarget();
  const rows = useWorkspaceRows();
  const tree = useMemo(() => buildTree(rows), [rows]);
  const close = useDialogsStore((s) => s.closeContextMenu);
  const openDelete = useDialogsStore((s) => s.openDelete);
  const openPanel = usePanelStore((s) => s.open);
  const select = useSelectionStore((s) => s.select);
  const requestTidy = useCanvasCommandsStore((s) => s.requestTidy);
  const record = useUndoStore((s) => s.record);
  const showToast = useToastStore((s) => s.show);
  const { exportToFile, duplicate } = useBundleActions();

  const report = (failureTitle: string, run: () => Promise<string>) =>
    void run().then(
      (title) => showToast({ kind: "success", title }),
      (err: unknown) =>
        showToast({ kind: "error", title: failureTitle, message: describeError(err).message }),
    );

  const isTeam = (tree.childrenOf.get(row.id)?.length ?? 0) > 0;
  const toggleCollapse = async () => {
    const label = `${row.collapsed ? "Expand" : "Collapse"} ${row.name}`;
    const to = { collapsed: !row.collapsed };
    const from = { collapsed: row.collapsed };
    await patchWorkspaceOptimistic(editTarget, row.id, to);
    record({
      label,
      undo: () => patchWorkspaceOptimistic(editTarget, row.id, from),
      redo: () => patchWorkspaceOptimistic(editTarget, row.id, to),
    });
    return `${row.collapsed ? "Expanded" : "Collapsed"} ${row.name}.`;
  };

  const items: MenuItem[] = [
    {
      id: "details",
      label: "Open details",
      onSelect: () => {
        select(row.id);
        openPanel(row.id, "details");
      },
    },
    ...lifecycleActionsFor(row).map((action) => ({
      id: action,
      label: LIFECYCLE_LABELS[action],
      onSelect: () => report(`${LIFECYCLE_LABELS[action]} failed`, () => runLifecycleAction(action, row)),
    })),
    ...(isTeam
      ? [
          {
            id: "collapse",
            label: row.collapsed ? "Expand team" : "Collapse team",
            onSelect: () => report("Could not change the team", toggleCollapse),
          },
          { id: "tidy", label: "Tidy this team", onSelect: () => requestTidy(row.id) },
        ]
      : []),
    {
      id: "export",
      label: "Export as .bundle.json",
      onSelect: () => report("Export failed", () => exportToFile(row)),
    },
    {
      id: "duplicate",
      label: "Duplicate",
      onSelect: () => report("Duplicate failed", () => duplicate(row, rows, tree)),
    },
    {
      id: "delete",
      label: isTeam ? "Delete team…" : "Delete…",
      isDanger: true,
      onSelect: () => openDelete([row.id]),
    },
  ];

  return (
    <Menu
      label={`Actions for ${row.name}`}
      x={target.x}
      y={target.y}
      items={items}
      onClose={close}
      header={
        <>
          <p className="truncate font-medium">{row.name}</p>
          <p className="text-xs text-muted">{statusLabel(row.status)}</p>
        </>
      }
    />
  );
}
