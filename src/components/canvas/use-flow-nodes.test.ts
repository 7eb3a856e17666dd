import { act, renderHook } from "@testing-library/react";
import type { WorkspaceRow } from "@/lib/contract";
import { testRow } from "@/test/render-cards";
import { useFlowNodes } from "./use-flow-nodes";

const positionOf = (nodes: { id: string; position: { x: number; y: number } }[], id: string) =>
  nodes.find((n) => n.id === id)?.position;

function renderNodes(rows: WorkspaceRow[]) {
  return renderHook(({ rows: current }) => useFlowNodes(current), { initialProps: { rows } });
}

/** What React Flow reports for a card moved with an arrow key: a position change, no drag. */
const arrowKeyMove = (id: string, x: number, y: number) => ({
  type: "position" as const,
  id,
  position: { x, y },
  dragging: false,
});

describe("useFlowNodes", () => {
  const rows = [
    testRow({ id: "a", x: 100, y: 100, uptime_seconds: 1 }),
    testRow({ id: "b", x: 500, y: 100, uptime_seconds: 1 }),
  ];

  it("keeps a card moved with the arrow keys where it is when another row changes before the save", () => {
    const { result, rerender } = renderNodes(rows);

    act(() => {
      result.current.onNodesChange([arrowKeyMove("a", 110, 100)]);
      result.current.holdPositions(["a"]);
    });
    // A heartbeat of another workspace: new rows, and "a"'s row still has the old spot.
    rerender({ rows: [rows[0]!, { ...rows[1]!, uptime_seconds: 2 }] });

    expect(positionOf(result.current.nodes, "a")).toEqual({ x: 110, y: 100 });
  });

  it("follows the rows again once released, so the saved spot and later moves show", () => {
    const { result, rerender } = renderNodes(rows);
    act(() => {
      result.current.onNodesChange([arrowKeyMove("a", 120, 100)]);
      result.current.holdPositions(["a"]);
    });

    act(() => result.current.releasePositions());
    rerender({ rows: [{ ...rows[0]!, x: 120 }, rows[1]!] });
    expect(positionOf(result.current.nodes, "a")).toEqual({ x: 120, y: 100 });

    rerender({ rows: [{ ...rows[0]!, x: 300 }, rows[1]!] });
    expect(positionOf(result.current.nodes, "a")).toEqual({ x: 300, y: 100 });
  });

  it("puts a held card back where its row says on reset", () => {
    const { result } = renderNodes(rows);
    act(() => {
      result.current.onNodesChange([arrowKeyMove("a", 120, 100)]);
      result.current.holdPositions(["a"]);
    });

    act(() => result.current.resetPositions());

    expect(positionOf(result.current.nodes, "a")).toEqual({ x: 100, y: 100 });
  });
});
