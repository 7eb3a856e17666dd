import type { WorkspaceFlowNode } from "./to-flow-nodes";
import { mergeFlowNodes } from "./merge-flow-nodes";

const node = (id: string, x = 0, extra: Partial<WorkspaceFlowNode> = {}): WorkspaceFlowNode => ({
  id,
  type: "workspace",
  position: { x, y: 0 },
  data: { workspaceId: id },
  ...extra,
});

describe("mergeFlowNodes", () => {
  it("keeps the measured size when a row update rebuilds a node", () => {
    const shown = [node("a", 0, { measured: { width: 260, height: 140 } })];

    const [merged] = mergeFlowNodes([node("a", 50)], shown);

    expect(merged).toMatchObject({ position: { x: 50, y: 0 }, measured: { width: 260, height: 140 } });
  });

  it("leaves a card being dragged where the pointer has it", () => {
    const dragged = node("a", 120, { dragging: true });

    expect(mergeFlowNodes([node("a", 0)], [dragged])[0]).toBe(dragged);
  });

  it("keeps a held card's spot on screen while its row is behind, taking the rest from the row", () => {
    const moved = node("a", 120, { measured: { width: 260, height: 140 } });

    const [merged] = mergeFlowNodes([node("a", 100, { zIndex: 2 })], [moved], new Set(["a"]));

    expect(merged).toMatchObject({ position: { x: 120, y: 0 }, zIndex: 2, measured: { width: 260 } });
  });

  it("returns the nodes on screen when nothing changed", () => {
    const shown = [node("a"), node("b")];

    expect(mergeFlowNodes(shown, shown)).toBe(shown);
  });

  it("drops nodes whose rows are gone", () => {
    expect(mergeFlowNodes([node("b")], [node("a"), node("b")]).map((n) => n.id)).toEqual(["b"]);
  });
});
