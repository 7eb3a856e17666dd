import { useEffect } from "react";
import { shortcutFor } from "@/lib/shortcuts";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { selectIsAnyOverlayOpen, useDialogsStore } from "@/store/dialogs";
import { useSelectionStore } from "@/store/selection";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The screen-wide keys from the shortcut list: the palette key works everywhere, the rest only
 * when no text field has focus and no dialog is open. Undo/redo and card keys belong to the canvas.
 */
export function useGlobalShortcuts() {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const id = shortcutFor(event);
      const dialogs = useDialogsStore.getState();
      if (id === "palette") {
        event.preventDefault();
        dialogs.togglePalette();
        return;
      }
      if (isTyping(event.target) || selectIsAnyOverlayOpen(dialogs)) return;
      const canvas = useCanvasCommandsStore.getState();
      const selected = useSelectionStore.getState().selectedIds;
      const run: Partial<Record<NonNullable<typeof id>, () => void>> = {
        help: () => dialogs.openHelp(),
        create: () => dialogs.openCreate({}),
        "fit-view": () => canvas.requestFitView(),
        tidy: () => canvas.requestTidy(null),
        delete: () => dialogs.openDelete(selected),
      };
      const action = id ? run[id] : undefined;
      if (!action || (id === "delete" && selected.length === 0)) return;
      event.preventDefault();
      action();
    };
    window.addEventListener("keydown", handleKeyDown);
    return () => window.removeEventListener("keydown", handleKeyDown);
  }, []);
}
