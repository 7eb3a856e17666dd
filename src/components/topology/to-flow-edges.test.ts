import { USER_NODE_ID, type TopologyEdgeSummary } from "@/lib/topology/derive-edges";
import { toFlowEdges, type TopologyFlowEdge } from "./to-flow-edges";

const summary = (count: number): TopologyEdgeSummary => ({
  id: "a2a-a-b",
  source: "a",
  target: "b",
  count,
  errorCount: 0,
  lastAt: 1,
  p50Ms: null,
  isHot: true,
  forbiddenCount: 0,
  isFolded: false,
  lastKey: "k",
  label: `${count} calls`,
});
const extra = () => ({ isDimmed: false, sourceName: "A", targetName: "B" });

describe("toFlowEdges", () => {
  it("keeps an unchanged edge's object so React Flow skips it, and replaces a changed one", () => {
    const previous = new Map<string, TopologyFlowEdge>();
    const [first] = toFlowEdges([summary(2)], extra, previous);
    const [again] = toFlowEdges([summary(2)], extra, previous);
    const [changed] = toFlowEdges([summary(3)], extra, previous);
    expect(again).toBe(first);
    expect(changed).not.toBe(first);
    expect(changed).toMatchObject({ type: "topology", source: "a", target: "b", data: { count: 3 } });
  });

  it("hangs a chat edge off its target, since the user has no card", () => {
    const [chat] = toFlowEdges(
      [{ ...summary(1), id: "a2a-topology-user-b", source: USER_NODE_ID }],
      extra,
      new Map(),
    );
    expect(chat).toMatchObject({ source: "b", target: "b", data: { source: USER_NODE_ID } });
  });
});
