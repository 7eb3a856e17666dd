import { describe, expect, it } from "vitest";
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
} from "./undo-stack";

const entry = (label: string): UndoEntry => ({ label, undo: async () => {}, redo: async () => {} });

describe("undo stack", () => {
  it("starts with nothing to undo or redo", () => {
    const stack = createUndoStack();
    expect([canUndo(stack), canRedo(stack)]).toEqual([false, false]);
  });

  it("undoes the latest action first and offers it for redo", () => {
    const move = entry("Move PM");
    const rename = entry("Rename PM");
    let stack = pushEntry(pushEntry(createUndoStack(), move), rename);
    expect(nextUndo(stack)).toBe(rename);
    stack = settleUndo(stack, rename);
    expect(nextUndo(stack)).toBe(move);
    expect(nextRedo(stack)).toBe(rename);
  });

  it("moves a redone action back to the undo side", () => {
    const move = entry("Move");
    const stack = settleRedo(settleUndo(pushEntry(createUndoStack(), move), move), move);
    expect(nextUndo(stack)).toBe(move);
    expect(canRedo(stack)).toBe(false);
  });

  it("clears the redo side when a new action is recorded", () => {
    const move = entry("Move");
    const undone = settleUndo(pushEntry(createUndoStack(), move), move);
    expect(canRedo(pushEntry(undone, entry("Nest")))).toBe(false);
  });

  it("drops the oldest entries beyond the cap", () => {
    let stack = createUndoStack(2);
    for (const label of ["a", "b", "c"]) stack = pushEntry(stack, entry(label));
    expect(stack.past.map((e) => e.label)).toEqual(["b", "c"]);
  });

  it("discards an entry that could not be reversed", () => {
    const broken = entry("Delete");
    const stack = discardEntry(pushEntry(pushEntry(createUndoStack(), entry("Move")), broken), broken);
    expect(stack.past.map((e) => e.label)).toEqual(["Move"]);
  });

  it("leaves the stack alone when settling an entry it no longer holds", () => {
    const stack = pushEntry(createUndoStack(), entry("Move"));
    expect(settleUndo(stack, entry("Other"))).toBe(stack);
  });
});
