import { describe, expect, it } from "vitest";
import { workspaceRowSchema, type WorkspaceRow } from "@/lib/contract";
import { ORG_ORIGIN } from "./layout-org-chart";
import { placeUnpositioned, unplacedHeads } from "./place-unpositioned";

const ws = (id: string, fields: Partial<WorkspaceRow> = {}): WorkspaceRow =>
  workspaceRowSchema.parse({ id, name: id, status: "online", ...fields });

describe("unplacedHeads", () => {
  it("picks the top unplaced row of each subtree, grouped by its placed parent", () => {
    const rows = [
      ws("team", { x: 100, y: 100 }),
      ws("new", { parent_id: "team" }),
      ws("new-child", { parent_id: "new" }),
      ws("placed", { parent_id: "team", x: 130, y: 190 }),
      ws("root-new"),
    ];
    expect([...unplacedHeads(rows)]).toEqual([
      ["team", ["new"]],
      [null, ["root-new"]],
    ]);
  });

  it("finds nothing when every row has a position", () => {
    expect(unplacedHeads([ws("a", { x: 5, y: 0 })]).size).toBe(0);
  });
});

describe("placeUnpositioned", () => {
  it("places a fresh org from the origin with distinct positions", async () => {
    const positions = await placeUnpositioned([ws("a"), ws("b", { parent_id: "a" }), ws("c")]);
    expect(positions.size).toBe(3);
    expect(positions.get("a")).toEqual(ORG_ORIGIN);
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(3);
  });

  it("puts a new child inside its team below the placed children and moves nobody else", async () => {
    const rows = [
      ws("team", { x: 100, y: 100 }),
      ws("old", { parent_id: "team", x: 124, y: 188 }),
      ws("new", { parent_id: "team" }),
    ];
    const positions = await placeUnpositioned(rows);
    expect([...positions.keys()]).toEqual(["new"]);
    expect(positions.get("new")!.x).toBe(124);
    expect(positions.get("new")!.y).toBeGreaterThan(188 + 120);
  });

  it("does nothing when every workspace is placed", async () => {
    expect((await placeUnpositioned([ws("a", { x: 1, y: 1 })])).size).toBe(0);
  });
});
