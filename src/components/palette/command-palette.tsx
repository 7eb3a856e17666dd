"use client";

import { Command } from "cmdk";
import { Dialog } from "@/components/ui/dialog";
import { useWorkspaceRows } from "@/lib/api/use-workspaces";
import { SHORTCUTS, comboLabels } from "@/lib/shortcuts";
import { statusLabel } from "@/lib/workspace-status";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { useDialogsStore } from "@/store/dialogs";
import { usePanelStore } from "@/store/panel";
import { useSelectionStore } from "@/store/selection";
import { useIsMac } from "./use-is-mac";
import { usePaletteActions, type PaletteAction } from "./use-palette-actions";

const itemClass =
  "flex cursor-pointer items-center justify-between gap-3 rounded px-2 py-1.5 text-sm data-[selected=true]:bg-surface";

/**
 * Plain substring matching on names and labels: cmdk's fuzzy default would also match the
 * hex digits of workspace ids and make short queries list everything.
 */
function filter(_value: string, search: string, keywords: string[] = []): number {
  const query = search.trim().toLowerCase();
  if (query === "") return 1;
  const [first = "", ...rest] = keywords.map((k) => k.toLowerCase());
  if (first.startsWith(query)) return 1;
  return first.includes(query) || rest.some((k) => k.includes(query)) ? 0.5 : 0;
}

function shortcutHint(action: PaletteAction, isMac: boolean) {
  const combo = SHORTCUTS.find((s) => s.id === action.shortcut)?.combos[0];
  return combo ? (
    <kbd className="font-mono text-xs text-muted">{comboLabels(combo, isMac).join("+")}</kbd>
  ) : null;
}

/** Ctrl/Cmd+K (see useGlobalShortcuts): jump to any workspace (pans, selects, opens it) or run an action. */
export function CommandPalette() {
  const isOpen = useDialogsStore((s) => s.isPaletteOpen);
  return isOpen ? <PaletteDialog /> : null;
}

function PaletteDialog() {
  const close = useDialogsStore((s) => s.closePalette);
  const rows = useWorkspaceRows();
  const actions = usePaletteActions();
  const isMac = useIsMac();
  const select = useSelectionStore((s) => s.select);
  const requestFocus = useCanvasCommandsStore((s) => s.requestFocus);
  const openPanel = usePanelStore((s) => s.open);

  const jumpTo = (id: string) => {
    close();
    select(id);
    requestFocus(id);
    openPanel(id);
  };
  const runAction = (action: PaletteAction) => {
    close();
    action.run();
  };

  return (
    <Dialog title="Command palette" onClose={close}>
      <Command label="Command palette" loop filter={filter} className="flex flex-col gap-2">
        <Command.Input
          autoFocus
          placeholder="Jump to a workspace or run an action…"
          className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm text-fg"
        />
        <Command.List className="max-h-80 overflow-y-auto">
          <Command.Empty className="px-2 py-3 text-sm text-muted">Nothing matches.</Command.Empty>
          <Command.Group heading="Actions" className="text-xs text-muted">
            {actions.map((action) => (
              <Command.Item
                key={action.id}
                value={`action ${action.id}`}
                keywords={[action.label]}
                onSelect={() => runAction(action)}
                className={itemClass}
              >
                <span className="text-fg">{action.label}</span>
                {shortcutHint(action, isMac)}
              </Command.Item>
            ))}
          </Command.Group>
          <Command.Group heading="Workspaces" className="text-xs text-muted">
            {rows.map((row) => (
              <Command.Item
                key={row.id}
                value={`workspace ${row.id}`}
                keywords={[row.name, row.role ?? "", row.status]}
                onSelect={() => jumpTo(row.id)}
                className={itemClass}
              >
                <span className="truncate text-fg">{row.name}</span>
                <span className="shrink-0 text-xs text-muted">{statusLabel(row.status)}</span>
              </Command.Item>
            ))}
          </Command.Group>
        </Command.List>
      </Command>
    </Dialog>
  );
}
