import { useEffect } from "react";
import { describeError } from "@/lib/api/describe-error";
import { selectIsAnyOverlayOpen, useDialogsStore } from "@/store/dialogs";
import { useToastStore } from "@/store/toasts";
import { useUndoStore } from "@/store/undo";
import type { UndoOutcome } from "@/lib/undo/undo-stack";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

function announce(outcome: UndoOutcome, verb: "undo" | "redo") {
  if (outcome.kind !== "failed") return;
  const { title, message } = describeError(outcome.error);
  useToastStore
    .getState()
    .show({ kind: "error", title: `Couldn't ${verb} ${outcome.label}`, message: `${title}. ${message}` });
}

/** Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes canvas edits, unless the user is typing. */
export function useUndoShortcuts() {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      if (selectIsAnyOverlayOpen(useDialogsStore.getState())) return;
      const key = event.key.toLowerCase();
      const isRedo = (key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey);
      const isUndo = key === "z" && !event.shiftKey;
      if (!isUndo && !isRedo) return;
      event.preventDefault();
      const undo = useUndoStore.getState();
      void (isUndo ? undo.undo() : undo.redo()).then((outcome) =>
        announce(outcome, isUndo ? "undo" : "redo"),
      );
    };
    window.addEventListener("keydown", handleKeyDown);
    return () => window.removeEventListener("keydown", handleKeyDown);
  }, []);
}
