/** One reversible user action; each side does its own request, so the stack never fetches. */
export type UndoEntry = {
  /** What the user did, for the menu and the announcement ("Move PM"). */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
};

export type UndoStack = {
  /** Oldest first; the last entry is the next to undo. */
  readonly past: readonly UndoEntry[];
  /** Nearest first; the first entry is the next to redo. */
  readonly future: readonly UndoEntry[];
  readonly limit: number;
};

export const DEFAULT_UNDO_LIMIT = 100;

/** An empty history keeping at most `limit` entries. */
export function createUndoStack(limit = DEFAULT_UNDO_LIMIT): UndoStack {
  return { past: [], future: [], limit: Math.max(1, limit) };
}

/** Records a new action: it becomes the next undo, redo history is cleared, the oldest entry falls off past the cap. */
export function pushEntry(stack: UndoStack, entry: UndoEntry): UndoStack {
  return { ...stack, past: [...stack.past, entry].slice(-stack.limit), future: [] };
}

/** Whether there is something to undo. */
export function canUndo(stack: UndoStack): boolean {
  return stack.past.length > 0;
}

/** Whether there is something to redo. */
export function canRedo(stack: UndoStack): boolean {
  return stack.future.length > 0;
}

/** The entry the next undo runs. */
export function nextUndo(stack: UndoStack): UndoEntry | undefined {
  return stack.past.at(-1);
}

/** The entry the next redo runs. */
export function nextRedo(stack: UndoStack): UndoEntry | undefined {
  return stack.future[0];
}

/**
 * The stack after `entry` was undone successfully: it moves to the redo side. Taken against the
 * current stack, not a snapshot, since other actions may be recorded while the request runs.
 */
export function settleUndo(stack: UndoStack, entry: UndoEntry): UndoStack {
  if (!stack.past.includes(entry)) return stack;
  return { ...stack, past: stack.past.filter((e) => e !== entry), future: [entry, ...stack.future] };
}

/** The stack after `entry` was redone successfully: it moves back to the undo side. */
export function settleRedo(stack: UndoStack, entry: UndoEntry): UndoStack {
  if (!stack.future.includes(entry)) return stack;
  return {
    ...stack,
    past: [...stack.past, entry].slice(-stack.limit),
    future: stack.future.filter((e) => e !== entry),
  };
}

/**
 * The stack after `entry` failed to undo or redo: it is dropped, because the world has moved on
 * (say, someone else deleted the workspace) and retrying it forever would block every older entry.
 */
export function discardEntry(stack: UndoStack, entry: UndoEntry): UndoStack {
  if (!stack.past.includes(entry) && !stack.future.includes(entry)) return stack;
  return {
    ...stack,
    past: stack.past.filter((e) => e !== entry),
    future: stack.future.filter((e) => e !== entry),
  };
}

export type UndoOutcome =
  { kind: "done"; label: string } | { kind: "failed"; label: string; error: unknown } | { kind: "empty" };
