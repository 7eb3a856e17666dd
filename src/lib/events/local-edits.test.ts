import { workspaceRowSchema } from "@/lib/contract";
import { UNCONFIRMED_EDIT_MS, createLocalEdits } from "./local-edits";

const row = (id: string, fields: { x?: number; y?: number; name?: string } = {}) =>
  workspaceRowSchema.parse({ id, name: id, status: "online", ...fields });

describe("local edits", () => {
  it("lays a pending edit over rows the platform sent before it", () => {
    const edits = createLocalEdits();
    edits.begin("a", { x: 500, y: 600 });
    const rows = [row("a", { x: 10, y: 20 }), row("b")];

    const shown = edits.overlay(rows);

    expect(shown[0]).toMatchObject({ x: 500, y: 600 });
    expect(shown[1]).toBe(rows[1]);
  });

  it("returns the same rows when no edit changes them", () => {
    const edits = createLocalEdits();
    const rows = [row("a", { x: 500, y: 600 })];
    expect(edits.overlay(rows)).toBe(rows);
    edits.begin("a", { x: 500, y: 600 });
    expect(edits.overlay(rows)).toBe(rows);
  });

  it("keeps a newer edit when the echo of an older one arrives, and drops both on the newer echo", () => {
    const edits = createLocalEdits();
    const placed = edits.begin("a", { x: 100, y: 100 });
    const moved = edits.begin("a", { x: 700, y: 300 });
    placed.saved();
    moved.saved();

    edits.confirm(row("a", { x: 100, y: 100 }));
    expect(edits.overlay([row("a", { x: 100, y: 100 })])[0]).toMatchObject({ x: 700, y: 300 });

    edits.confirm(row("a", { x: 700, y: 300 }));
    expect(edits.size()).toBe(0);
  });

  it("stops winning at once when its save fails", () => {
    const edits = createLocalEdits();
    edits.begin("a", { name: "Renamed" }).failed();
    const rows = [row("a")];
    expect(edits.overlay(rows)).toBe(rows);
  });

  it("gives way once saved and never echoed, after the grace period", () => {
    let now = 1_000;
    const edits = createLocalEdits(() => now);
    edits.begin("a", { name: "Renamed" }).saved();
    now += UNCONFIRMED_EDIT_MS - 1;
    expect(edits.overlay([row("a")])[0]?.name).toBe("Renamed");

    now += 2;
    const rows = [row("a")];
    expect(edits.overlay(rows)).toBe(rows);
  });

  it("holds an unsaved edit however long its save takes", () => {
    let now = 1_000;
    const edits = createLocalEdits(() => now);
    edits.begin("a", { name: "Renamed" });
    now += UNCONFIRMED_EDIT_MS * 3;
    expect(edits.overlay([row("a")])[0]?.name).toBe("Renamed");
  });
});
