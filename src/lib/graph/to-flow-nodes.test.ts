import { describe, expect, it } from "vitest";
import { workspaceRowSchema, type WorkspaceRow } from "@/lib/contract";
import { CARD_HEIGHT, CARD_WIDTH, TEAM_PADDING, teamSize } from "./card-size";
import { absoluteToRelative, relativeToAbsolute } from "./positions";
import { toFlowNodes } from "./to-flow-nodes";

const ws = (id: string, fields: Partial<WorkspaceRow> = {}): WorkspaceRow =>
  workspaceRowSchema.parse({ id, name: id, status: "online", ...fields });

const org = () => [
  ws("team", { x: 100, y: 100 }),
  ws("lead", { parent_id: "team", x: 124, y: 188 }),
  ws("dev", { parent_id: "lead", x: 148, y: 276 }),
  ws("solo", { x: 900, y: 100 }),
];
const node = (nodes: ReturnType<typeof toFlowNodes>, id: string) => nodes.find((n) => n.id === id);

describe("toFlowNodes", () => {
  it("nests children under their parent at parent-relative positions", () => {
    const nodes = toFlowNodes(org());
    expect(node(nodes, "team")).toMatchObject({ position: { x: 100, y: 100 } });
    expect(node(nodes, "lead")).toMatchObject({ parentId: "team", position: { x: 24, y: 88 } });
    expect(node(nodes, "dev")).toMatchObject({ parentId: "lead", position: { x: 24, y: 88 } });
    expect(node(nodes, "solo")?.parentId).toBeUndefined();
  });

  it("carries only the workspace id as data", () => {
    expect(node(toFlowNodes(org()), "dev")?.data).toEqual({ workspaceId: "dev" });
  });

  it("lists parents before children and draws them underneath", () => {
    const nodes = toFlowNodes([
      ws("child", { parent_id: "parent", x: 10, y: 10 }),
      ws("parent", { x: 5, y: 5 }),
    ]);
    expect(nodes.map((n) => n.id)).toEqual(["parent", "child"]);
    expect(nodes[0]!.zIndex).toBeLessThan(nodes[1]!.zIndex!);
  });

  it("hides every descendant of a collapsed team but not the team", () => {
    const nodes = toFlowNodes(org(), { collapsedIds: new Set(["team"]) });
    expect(nodes.filter((n) => n.hidden).map((n) => n.id)).toEqual(["lead", "dev"]);
  });

  it("collapses teams the rows mark collapsed when no set is given", () => {
    const rows = org().map((r) => (r.id === "lead" ? { ...r, collapsed: true } : r));
    expect(
      toFlowNodes(rows)
        .filter((n) => n.hidden)
        .map((n) => n.id),
    ).toEqual(["dev"]);
  });

  it("sizes a team to contain its children, nested teams included", () => {
    const nodes = toFlowNodes(org());
    const lead = node(nodes, "lead")!;
    const team = node(nodes, "team")!;
    expect(lead).toMatchObject({
      width: 24 + CARD_WIDTH + TEAM_PADDING,
      height: 88 + CARD_HEIGHT + TEAM_PADDING,
    });
    expect(team.width).toBe(24 + lead.width! + TEAM_PADDING);
    expect(team.height).toBe(88 + lead.height! + TEAM_PADDING);
    expect(node(nodes, "solo")?.width).toBeUndefined();
  });

  it("sizes a team from measured card sizes", () => {
    const nodes = toFlowNodes(org(), { sizes: new Map([["dev", { width: 400, height: 300 }]]) });
    expect(node(nodes, "lead")).toMatchObject({
      width: 24 + 400 + TEAM_PADDING,
      height: 88 + 300 + TEAM_PADDING,
    });
  });

  it("shrinks a collapsed team to a card", () => {
    expect(node(toFlowNodes(org(), { collapsedIds: new Set(["team"]) }), "team")?.width).toBeUndefined();
  });

  it("reuses unchanged nodes and the whole array when nothing moved", () => {
    const first = toFlowNodes(org());
    expect(toFlowNodes(org(), { previous: first })).toBe(first);
    const moved = org().map((r) => (r.id === "solo" ? { ...r, x: 950 } : r));
    const second = toFlowNodes(moved, { previous: first });
    expect(node(second, "team")).toBe(node(first, "team"));
    expect(node(second, "solo")).not.toBe(node(first, "solo"));
  });
});

describe("teamSize", () => {
  it("is a card when the team has no children", () => {
    expect(teamSize([])).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it("reaches the right and bottom edges of its furthest children plus padding", () => {
    const size = teamSize([
      { x: 24, y: 88, width: 100, height: 50 },
      { x: 300, y: 88, width: 260, height: 120 },
      { x: 24, y: 400, width: 100, height: 40 },
    ]);
    expect(size).toEqual({ width: 560 + TEAM_PADDING, height: 440 + TEAM_PADDING });
  });
});

describe("positions", () => {
  it("converts between absolute and parent-relative positions both ways", () => {
    const parent = { x: 100, y: -50 };
    const relative = absoluteToRelative({ x: 130, y: 10 }, parent);
    expect(relative).toEqual({ x: 30, y: 60 });
    expect(relativeToAbsolute(relative, parent)).toEqual({ x: 130, y: 10 });
  });
});
