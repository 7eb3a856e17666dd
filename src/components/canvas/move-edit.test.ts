import { workspaceRowSchema } from "@/lib/contract";
import { buildTree } from "@/lib/graph/build-tree";
import { TEAM_HEADER, TEAM_PADDING } from "@/lib/graph/card-size";
import { findDropTarget } from "./find-drop-target";
import { buildMoveEdit } from "./move-edit";

const row = (id: string, x: number, y: number, parent_id: string | null = null) =>
  workspaceRowSchema.parse({ id, name: id.toUpperCase(), status: "online", x, y, parent_id });

// A team at 100,100 with two members, and a lone card to its right.
const rows = [
  row("team", 100, 100),
  row("a", 124, 188, "team"),
  row("b", 124, 340, "team"),
  row("solo", 800, 100),
];

describe("buildMoveEdit", () => {
  it("moves a team's members with it, since rows hold absolute positions", () => {
    const edit = buildMoveEdit(rows, ["team"], () => ({ x: 150, y: 130 }));

    expect(edit.label).toBe("Move TEAM");
    expect(Object.fromEntries(edit.apply)).toEqual({
      team: { x: 150, y: 130 },
      a: { x: 174, y: 218 },
      b: { x: 174, y: 370 },
    });
    expect(edit.revert.get("a")).toEqual({ x: 124, y: 188 });
  });

  it("re-parents on a nest, lands the card inside the team's padding, and can put it back", () => {
    const edit = buildMoveEdit(rows, ["solo"], () => ({ x: 90, y: 110 }), { parentId: "team" });

    expect(edit.label).toBe("Move SOLO into TEAM");
    expect(edit.apply.get("solo")).toEqual({
      x: 100 + TEAM_PADDING,
      y: 100 + TEAM_HEADER,
      parent_id: "team",
    });
    expect(edit.revert.get("solo")).toEqual({ x: 800, y: 100, parent_id: null });
  });

  it("says an extract takes the card out of its team", () => {
    const edit = buildMoveEdit(rows, ["a"], () => ({ x: 600, y: 600 }), { parentId: null });

    expect(edit.label).toBe("Take A out of TEAM");
    expect(edit.apply.get("a")).toEqual({ x: 600, y: 600, parent_id: null });
  });

  it("saves nothing for a card that did not move", () => {
    expect(buildMoveEdit(rows, ["solo"], () => ({ x: 800, y: 100 })).apply.size).toBe(0);
  });
});

describe("findDropTarget", () => {
  const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {
    team: { x: 100, y: 100, width: 400, height: 400 },
    a: { x: 124, y: 188, width: 260, height: 120 },
    b: { x: 124, y: 340, width: 260, height: 120 },
    solo: { x: 800, y: 100, width: 260, height: 120 },
  };
  const boxOf = (id: string) => boxes[id];

  it("picks the deepest card under the pointer that is not being dragged", () => {
    expect(findDropTarget(buildTree(rows), { x: 200, y: 200 }, ["solo"], boxOf)).toBe("a");
    expect(findDropTarget(buildTree(rows), { x: 450, y: 150 }, ["solo"], boxOf)).toBe("team");
  });

  it("never offers a dragged team or its own members, and answers null on the open canvas", () => {
    expect(findDropTarget(buildTree(rows), { x: 200, y: 200 }, ["team"], boxOf)).toBeNull();
    expect(findDropTarget(buildTree(rows), { x: 2000, y: 2000 }, ["a"], boxOf)).toBeNull();
  });
});
