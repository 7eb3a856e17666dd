import { describe, expect, it } from "vitest";
import { workspaceRowSchema, type WorkspaceRow } from "@/lib/contract";
import { CARD_HEIGHT, CARD_WIDTH } from "./card-size";
import { ORG_ORIGIN, layoutOrgChart } from "./layout-org-chart";

const ws = (id: string, fields: Partial<WorkspaceRow> = {}): WorkspaceRow =>
  workspaceRowSchema.parse({ id, name: id, status: "online", ...fields });

const org = () => [
  ws("ceo"),
  ws("cto", { parent_id: "ceo" }),
  ws("dev-1", { parent_id: "cto" }),
  ws("dev-2", { parent_id: "cto" }),
  ws("cfo", { parent_id: "ceo" }),
  ws("advisor"),
];

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < CARD_WIDTH && Math.abs(a.y - b.y) < CARD_HEIGHT;

describe("layoutOrgChart", () => {
  it("gives every workspace a distinct position", async () => {
    const positions = await layoutOrgChart(org());
    expect([...positions.keys()].sort()).toEqual(["advisor", "ceo", "cfo", "cto", "dev-1", "dev-2"]);
    const keys = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(6);
  });

  it("places parents above their children", async () => {
    const positions = await layoutOrgChart(org());
    expect(positions.get("ceo")!.y).toBeLessThan(positions.get("cto")!.y);
    expect(positions.get("cto")!.y).toBeLessThan(positions.get("dev-1")!.y);
  });

  it("keeps siblings from overlapping", async () => {
    const positions = await layoutOrgChart(org());
    expect(overlaps(positions.get("dev-1")!, positions.get("dev-2")!)).toBe(false);
    expect(overlaps(positions.get("cto")!, positions.get("cfo")!)).toBe(false);
  });

  it("starts the whole org clear of the unplaced origin", async () => {
    const positions = await layoutOrgChart(org());
    expect(Math.min(...[...positions.values()].map((p) => p.x))).toBe(ORG_ORIGIN.x);
    expect([...positions.values()].some((p) => p.x === 0 && p.y === 0)).toBe(false);
  });

  it("returns the same positions for the same input", async () => {
    const [first, second] = await Promise.all([layoutOrgChart(org()), layoutOrgChart(org())]);
    expect([...second]).toEqual([...first]);
  });

  it("lays out one team around its current position and leaves the rest out", async () => {
    const rows = org().map((r) => (r.id === "cto" ? { ...r, x: 700, y: 300 } : r));
    const positions = await layoutOrgChart(rows, { rootId: "cto" });
    expect([...positions.keys()].sort()).toEqual(["cto", "dev-1", "dev-2"]);
    expect(positions.get("cto")).toEqual({ x: 700, y: 300 });
    expect(positions.get("dev-1")!.y).toBeGreaterThan(300);
  });

  it("moves the hidden members of a collapsed team with it", async () => {
    const rows = org().map((r) => {
      if (r.id === "cto") return { ...r, x: 500, y: 500, collapsed: true };
      if (r.id === "dev-1") return { ...r, x: 530, y: 620 };
      return r;
    });
    const positions = await layoutOrgChart(rows);
    const cto = positions.get("cto")!;
    expect(positions.get("dev-1")).toEqual({ x: cto.x + 30, y: cto.y + 120 });
  });

  it("returns nothing for an unknown team", async () => {
    expect((await layoutOrgChart(org(), { rootId: "nope" })).size).toBe(0);
  });
});
