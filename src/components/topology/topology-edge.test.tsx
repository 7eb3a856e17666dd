import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ReactFlowProvider, useStoreApi, type EdgeProps, type Node } from "@xyflow/react";
import { useLayoutEffect, useRef, type ReactNode } from "react";
import { LABEL_ZOOM } from "@/lib/topology/edge-visual";
import { useSelectionStore } from "@/store/selection";
import { useTopologyStore } from "@/store/topology";
import type { TopologyFlowEdge } from "./to-flow-edges";
import { TopologyEdge } from "./topology-edge";

const nodes: Node[] = [
  { id: "lead", position: { x: 0, y: 0 }, data: {}, width: 200, height: 80 },
  { id: "eng", position: { x: 0, y: 300 }, data: {}, width: 200, height: 80 },
  { id: "ops", position: { x: 400, y: 300 }, data: {}, width: 200, height: 80 },
];

const props = {
  id: "a2a-lead-eng",
  source: "lead",
  target: "eng",
  data: {
    id: "a2a-lead-eng",
    source: "lead",
    target: "eng",
    count: 16,
    errorCount: 0,
    lastAt: Date.now(),
    p50Ms: 120,
    isHot: false,
    forbiddenCount: 0,
    isFolded: false,
    lastKey: "k16",
    label: "16 calls · last just now",
    isDimmed: false,
    sourceName: "Maya",
    targetName: "Daniel",
  },
} as EdgeProps<TopologyFlowEdge>;

let flow: ReturnType<typeof useStoreApi>;

/** Stands in for the parts of <ReactFlow> the edge relies on: the label layer and the zoom. */
function FlowSurface({ children }: { children: ReactNode }) {
  const store = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    flow = store;
    store.setState({ domNode: ref.current });
  }, [store]);
  return (
    <div ref={ref}>
      <svg>{children}</svg>
      <div className="react-flow__edgelabel-renderer" />
    </div>
  );
}

function renderEdge() {
  return render(
    <ReactFlowProvider initialNodes={nodes}>
      <FlowSurface>
        <TopologyEdge {...props} />
      </FlowSurface>
    </ReactFlowProvider>,
  );
}

const label = () => screen.getByRole("button", { name: /^Maya to Daniel: 16 calls · last just now/ });

beforeEach(() => {
  useTopologyStore.setState({ openEdge: null, activeCardId: null });
  useSelectionStore.setState({ selectedIds: [] });
});

describe("TopologyEdge label", () => {
  it("stays out of sight while nobody looks at the edge, but keeps its keyboard stop", () => {
    renderEdge();
    expect(label()).not.toBeVisible();
    expect(label()).not.toHaveAttribute("tabindex", "-1");
  });

  it("appears when it takes keyboard focus, and Enter opens the edge's calls", async () => {
    const user = userEvent.setup();
    renderEdge();
    await user.tab();
    expect(label()).toHaveFocus();
    expect(label()).toBeVisible();

    await user.keyboard("{Enter}");
    expect(useTopologyStore.getState().openEdge).toEqual({
      id: "a2a-lead-eng",
      source: "lead",
      target: "eng",
    });
    await user.tab();
    // Its calls are open in the panel, so it stays labelled after focus moves on.
    expect(label()).toBeVisible();
  });

  it("appears while the pointer is over the edge", async () => {
    const user = userEvent.setup();
    const view = renderEdge();
    const hitArea = view.container.querySelector("path.cursor-pointer")!;
    await user.hover(hitArea);
    expect(label()).toBeVisible();
    await user.unhover(hitArea);
    expect(label()).not.toBeVisible();
  });

  it("appears when one of its cards is selected or pointed at, not for other cards", () => {
    renderEdge();
    act(() => useSelectionStore.setState({ selectedIds: ["ops"] }));
    expect(label()).not.toBeVisible();
    act(() => useSelectionStore.setState({ selectedIds: ["eng"] }));
    expect(label()).toBeVisible();
    act(() => useSelectionStore.setState({ selectedIds: [] }));
    act(() => useTopologyStore.setState({ activeCardId: "lead" }));
    expect(label()).toBeVisible();
  });

  it("appears for every edge once the chart is zoomed in far enough", () => {
    renderEdge();
    act(() => flow.setState({ transform: [0, 0, LABEL_ZOOM * 0.9] }));
    expect(label()).not.toBeVisible();
    act(() => flow.setState({ transform: [0, 0, LABEL_ZOOM] }));
    expect(label()).toBeVisible();
  });
});
