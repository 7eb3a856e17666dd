"use client";

import "@xyflow/react/dist/style.css";
import { useQuery } from "@tanstack/react-query";
import {
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type Edge,
  type EdgeTypes,
  type Node,
} from "@xyflow/react";
import {
  lazy,
  Suspense,
  useCallback,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from "react";
import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import { workspaceQueries } from "@/lib/api/workspaces";
import type { WorkspaceRow } from "@/lib/contract";
import type { WorkspaceFlowNode } from "@/lib/graph/to-flow-nodes";
import { useDialogsStore } from "@/store/dialogs";
import { usePanelStore } from "@/store/panel";
import { useSelectionStore } from "@/store/selection";
import { CardBadgesContext, type RenderCardBadges } from "./card-badges";
import { EmptyOrg } from "./empty-org";
import { nodeTypes } from "./node-types";
import { useCanvasCommands } from "./use-canvas-commands";
import { useFlowNodes } from "./use-flow-nodes";
import { usePositionSaving } from "./use-position-saving";
import { useReducedMotion } from "@/components/ui/use-reduced-motion";
import { useResolvedTheme } from "./use-resolved-theme";
import { useTidy } from "./use-tidy";
import { useUndoShortcuts } from "./use-undo-shortcuts";
import { useViewportPersistence } from "./use-viewport-persistence";

// The dialog's code (Radix Dialog) loads with the first drag that needs confirming, not with the chart.
const MoveConfirmDialog = lazy(() =>
  import("./move-confirm-dialog").then((m) => ({ default: m.MoveConfirmDialog })),
);

const ARROW_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);
const PRO_OPTIONS = { hideAttribution: true };

function cardIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>(".react-flow__node")?.dataset.id ?? null;
}

const openPanel = (_event: unknown, node: Node) => usePanelStore.getState().open(node.id);
const openMenu = (event: ReactMouseEvent, node: Node) => {
  event.preventDefault();
  useDialogsStore.getState().openContextMenu({ workspaceId: node.id, x: event.clientX, y: event.clientY });
};
const clearSelection = () => useSelectionStore.getState().clear();
// Teams are outlines on the minimap, so their members stay visible inside them.
const minimapColor = (node: Node) => (node.width === undefined ? "var(--muted)" : "transparent");

const NO_EDGES: Edge[] = [];

type OrgChartProps = {
  /** Edges drawn between cards (the A2A topology); the chart itself draws none. */
  edges?: Edge[];
  edgeTypes?: EdgeTypes;
  /** Controls laid over the chart, rendered inside it (React Flow `<Panel>`s). */
  overlay?: ReactNode;
  /** Badges shown on each card; supplied by the composer so cards do not import other features. */
  renderCardBadges?: RenderCardBadges;
};

function FlowCanvas({
  rows,
  edges = NO_EDGES,
  edgeTypes,
  overlay,
}: OrgChartProps & { rows: WorkspaceRow[] }) {
  const { nodes, sizes, onNodesChange, ...positionControls } = useFlowNodes(rows);
  const { onNodeDragStop, pendingMove, confirmMove, cancelMove, saveKeyboardMoveSoon } = usePositionSaving(
    rows,
    positionControls,
  );
  const { tidy, isAnimating } = useTidy(rows, sizes);
  const isReducedMotion = useReducedMotion();
  useCanvasCommands(tidy, isReducedMotion);
  const { onMoveStart, onMoveEnd, stopFitting } = useViewportPersistence(nodes, isReducedMotion);
  useUndoShortcuts();
  const theme = useResolvedTheme();

  const handleNodeClick = useCallback((event: ReactMouseEvent, node: WorkspaceFlowNode) => {
    if (!event.shiftKey) openPanel(event, node);
  }, []);

  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      stopFitting();
      const id = cardIdOf(event.target);
      if (id === null) return;
      if (ARROW_KEYS.has(event.key)) {
        saveKeyboardMoveSoon();
      } else if (event.key === "Enter") {
        usePanelStore.getState().open(id);
      } else if (event.key === "ContextMenu" || (event.key === "F10" && event.shiftKey)) {
        event.preventDefault();
        const box = (event.target as Element).getBoundingClientRect();
        useDialogsStore.getState().openContextMenu({ workspaceId: id, x: box.left + 16, y: box.top + 16 });
      }
    },
    [saveKeyboardMoveSoon, stopFitting],
  );

  return (
    <div
      className={`size-full ${isAnimating ? "org-chart-tidying" : ""}`}
      onKeyDown={handleKeyDown}
      onPointerDownCapture={stopFitting}
    >
      <ReactFlow<WorkspaceFlowNode>
        nodes={nodes}
        nodeTypes={nodeTypes}
        edges={edges}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={handleNodeClick}
        onNodeContextMenu={openMenu}
        onPaneClick={clearSelection}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        multiSelectionKeyCode="Shift"
        deleteKeyCode={null}
        nodesConnectable={false}
        onlyRenderVisibleElements
        minZoom={0.1}
        maxZoom={2}
        colorMode={theme}
        proOptions={PRO_OPTIONS}
        aria-label="Org chart of workspaces"
      >
        <MiniMap
          pannable
          zoomable
          ariaLabel="Org chart overview"
          nodeColor={minimapColor}
          nodeStrokeColor="var(--border)"
        />
        <Controls showInteractive={false} aria-label="Zoom controls" />
        {overlay}
      </ReactFlow>
      {pendingMove ? (
        <Suspense fallback={null}>
          <MoveConfirmDialog move={pendingMove} onConfirm={confirmMove} onCancel={cancelMove} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** The org as a live chart of workspace cards, or why it cannot be shown. */
export function OrgChart({ renderCardBadges, ...layers }: OrgChartProps) {
  const list = useQuery(workspaceQueries.list());
  if (list.error && !list.data) {
    return (
      <div className="grid size-full place-items-center p-6">
        <ErrorState error={list.error} onRetry={() => void list.refetch()} isRetrying={list.isFetching} />
      </div>
    );
  }
  if (!list.data) {
    return (
      <div className="grid size-full place-items-center">
        <Spinner label="Loading the org chart" className="text-muted" />
      </div>
    );
  }
  if (list.data.length === 0) {
    return (
      <div className="grid size-full place-items-center p-6">
        <EmptyOrg />
      </div>
    );
  }
  return (
    <ReactFlowProvider>
      <CardBadgesContext value={renderCardBadges ?? null}>
        <FlowCanvas rows={list.data} {...layers} />
      </CardBadgesContext>
    </ReactFlowProvider>
  );
}
