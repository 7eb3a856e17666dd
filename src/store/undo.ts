import { create } from "zustand";
import {
  canRedo,
  canUndo,
  createUndoStack,
  discardEntry,
  nextRedo,
  nextUndo,
  pushEntry,
  settleRedo,
  settleUndo,
  type UndoEntry,
  type UndoOutcome,
  type UndoStack,
} from "@/lib/undo/undo-stack";

type UndoState = {
  stack: UndoStack;
  /** True while an undo or redo request is running. */
  isBusy: boolean;
  /** A user action finished and can be reversed. */
  record(entry: UndoEntry): void;
  /** Reverses the latest action; resolves with what happened so the caller can announce it. */
  undo(): Promise<UndoOutcome>;
  /** Re-applies the latest undone action. */
  redo(): Promise<UndoOutcome>;
  /** Forgets everything, e.g. when the org changes under us. */
  forget(): void;
};

/** Undo/redo history for canvas edits. Entries carry their own requests; this store only orders them. */
export const useUndoStore = create<UndoState>()((set, get) => {
  // Presses of Ctrl+Z run one after another, each on the stack the previous one left.
  let queue: Promise<unknown> = Promise.resolve();
  let running = 0;

  const step = (side: "undo" | "redo"): Promise<UndoOutcome> => {
    running += 1;
    set({ isBusy: true });
    const result = queue.then(async (): Promise<UndoOutcome> => {
      const entry = side === "undo" ? nextUndo(get().stack) : nextRedo(get().stack);
      if (!entry) return { kind: "empty" };
      try {
        await entry[side]();
        set((s) => ({ stack: side === "undo" ? settleUndo(s.stack, entry) : settleRedo(s.stack, entry) }));
        return { kind: "done", label: entry.label };
      } catch (error) {
        set((s) => ({ stack: discardEntry(s.stack, entry) }));
        return { kind: "failed", label: entry.label, error };
      }
    });
    queue = result.finally(() => {
      running -= 1;
      if (running === 0) set({ isBusy: false });
    });
    return result;
  };

  return {
    stack: createUndoStack(),
    isBusy: false,
    record: (entry) => set((s) => ({ stack: pushEntry(s.stack, entry) })),
    undo: () => step("undo"),
    redo: () => step("redo"),
    forget: () => set((s) => ({ stack: createUndoStack(s.stack.limit) })),
  };
});

/** Selector: whether Undo should be enabled. */
export const selectCanUndo = (s: UndoState) => canUndo(s.stack);
/** Selector: whether Redo should be enabled. */
export const selectCanRedo = (s: UndoState) => canRedo(s.stack);
/** Selector: the label of the action Undo would reverse. */
export const selectUndoLabel = (s: UndoState) => nextUndo(s.stack)?.label;
/** Selector: the label of the action Redo would re-apply. */
export const selectRedoLabel = (s: UndoState) => nextRedo(s.stack)?.label;
