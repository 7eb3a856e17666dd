import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UndoEntry } from "@/lib/undo/undo-stack";
import { selectCanRedo, selectCanUndo, selectUndoLabel, useUndoStore } from "./undo";

const entry = (label: string, log: string[] = []): UndoEntry => ({
  label,
  undo: async () => void log.push(`undo ${label}`),
  redo: async () => void log.push(`redo ${label}`),
});

describe("useUndoStore", () => {
  beforeEach(() => useUndoStore.getState().forget());

  it("undoes and redoes recorded actions in order", async () => {
    const log: string[] = [];
    const { record, undo, redo } = useUndoStore.getState();
    record(entry("Move", log));
    record(entry("Nest", log));
    expect(selectUndoLabel(useUndoStore.getState())).toBe("Nest");
    await expect(undo()).resolves.toEqual({ kind: "done", label: "Nest" });
    await redo();
    expect(log).toEqual(["undo Nest", "redo Nest"]);
  });

  it("runs quick presses one after another", async () => {
    const log: string[] = [];
    const { record, undo } = useUndoStore.getState();
    record(entry("Move", log));
    record(entry("Nest", log));
    await Promise.all([undo(), undo()]);
    expect(log).toEqual(["undo Nest", "undo Move"]);
    expect(selectCanUndo(useUndoStore.getState())).toBe(false);
    expect(selectCanRedo(useUndoStore.getState())).toBe(true);
  });

  it("reports a failed undo and drops that entry", async () => {
    const { record, undo } = useUndoStore.getState();
    record(entry("Move"));
    const error = new Error("workspace not found");
    record({ label: "Delete", undo: vi.fn().mockRejectedValue(error), redo: async () => {} });
    await expect(undo()).resolves.toEqual({ kind: "failed", label: "Delete", error });
    expect(selectUndoLabel(useUndoStore.getState())).toBe("Move");
    expect(useUndoStore.getState().isBusy).toBe(false);
  });

  it("says there was nothing to undo", async () => {
    await expect(useUndoStore.getState().undo()).resolves.toEqual({ kind: "empty" });
  });

  it("is busy while an undo request runs", async () => {
    let finish = () => {};
    const slow = new Promise<void>((resolve) => (finish = resolve));
    useUndoStore.getState().record({ label: "Move", undo: () => slow, redo: async () => {} });
    const pending = useUndoStore.getState().undo();
    expect(useUndoStore.getState().isBusy).toBe(true);
    finish();
    await pending;
    await vi.waitFor(() => expect(useUndoStore.getState().isBusy).toBe(false));
  });
});
