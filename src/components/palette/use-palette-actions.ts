import { useShallow } from "zustand/react/shallow";
import { useWorkspaceRows } from "@/lib/api/use-workspaces";
import { describeError } from "@/lib/api/describe-error";
import {
  LIFECYCLE_LABELS,
  lifecycleActionsFor,
  runLifecycleAction,
  type LifecycleAction,
} from "@/lib/workspace-actions";
import type { ShortcutId } from "@/lib/shortcuts";
import { selectWorkspace } from "@/lib/events/workspace-index";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { useDialogsStore } from "@/store/dialogs";
import { usePanelStore } from "@/store/panel";
import { useSelectionStore } from "@/store/selection";
import { useThemeStore, resolveTheme } from "@/store/theme";
import { useTopologyStore } from "@/store/topology";
import { useToastStore } from "@/store/toasts";

export type PaletteAction = { id: string; label: string; shortcut?: ShortcutId; run: () => void };

/** The palette's actions, including lifecycle actions that apply to every selected workspace. */
export function usePaletteActions(): PaletteAction[] {
  const rows = useWorkspaceRows();
  const selectedIds = useSelectionStore((s) => s.selectedIds);
  const { openCreate, openDelete, openHelp } = useDialogsStore(
    useShallow((s) => ({ openCreate: s.openCreate, openDelete: s.openDelete, openHelp: s.openHelp })),
  );
  const { requestTidy, requestFitView } = useCanvasCommandsStore(
    useShallow((s) => ({ requestTidy: s.requestTidy, requestFitView: s.requestFitView })),
  );
  const openPanel = usePanelStore((s) => s.open);
  const isTopologyOn = useTopologyStore((s) => s.isOn);
  const toggleTopology = useTopologyStore((s) => s.toggle);
  const preference = useThemeStore((s) => s.preference);
  const chooseTheme = useThemeStore((s) => s.choose);
  const showToast = useToastStore((s) => s.show);

  const selected = selectedIds.flatMap((id) => selectWorkspace(rows, id) ?? []);
  const subject = selected.length === 1 && selected[0] ? selected[0].name : `${selected.length} selected`;

  const runForSelected = (action: LifecycleAction) => {
    for (const row of selected.filter((r) => lifecycleActionsFor(r).includes(action)))
      runLifecycleAction(action, row).then(
        (title) => showToast({ kind: "success", title }),
        (err: unknown) =>
          showToast({
            kind: "error",
            title: `${LIFECYCLE_LABELS[action]} ${row.name} failed`,
            message: describeError(err).message,
          }),
      );
  };
  const lifecycle = (["restart", "pause", "resume"] as const)
    .filter((action) => selected.some((r) => lifecycleActionsFor(r).includes(action)))
    .map((action) => ({
      id: action,
      label: `${LIFECYCLE_LABELS[action]} ${subject}`,
      run: () => runForSelected(action),
    }));

  const prefersDark =
    typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  const isDark = resolveTheme(preference, prefersDark) === "dark";

  return [
    { id: "create", label: "Create workspace…", shortcut: "create", run: () => openCreate({}) },
    { id: "tidy", label: "Tidy org chart", shortcut: "tidy", run: () => requestTidy(null) },
    { id: "fit-view", label: "Fit view", shortcut: "fit-view", run: () => requestFitView() },
    ...(selected.length === 1 && selected[0]
      ? [
          {
            id: "details",
            label: `Open details of ${subject}`,
            run: () => selected[0] && openPanel(selected[0].id, "details"),
          },
        ]
      : []),
    ...lifecycle,
    ...(selected.length > 0
      ? [
          {
            id: "delete",
            label: `Delete ${subject}…`,
            shortcut: "delete" as const,
            run: () => openDelete(selectedIds),
          },
        ]
      : []),
    {
      id: "topology",
      label: `${isTopologyOn ? "Hide" : "Show"} the A2A topology overlay`,
      run: toggleTopology,
    },
    {
      id: "theme",
      label: `Switch to ${isDark ? "light" : "dark"} theme`,
      run: () => chooseTheme(isDark ? "light" : "dark"),
    },
    { id: "help", label: "Keyboard shortcuts", shortcut: "help", run: () => openHelp() },
  ];
}
