import { applyNodeChanges, type NodeChange } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkspaceRow } from "@/lib/contract";
import type { Size } from "@/lib/graph/card-size";
import { indexById } from "@/lib/events/workspace-index";
import { mergeFlowNodes } from "@/lib/graph/merge-flow-nodes";
import { toFlowNodes, type WorkspaceFlowNode } from "@/lib/graph/to-flow-nodes";
import { useSelectionStore } from "@/store/selection";

const NO_NODES: WorkspaceFlowNode[] = [];
const NO_IDS: ReadonlySet<string> = new Set();

function applySelectChanges(current: readonly string[], changes: NodeChange<WorkspaceFlowNode>[]): string[] {
  const next = new Set(current);
  for (const change of changes) {
    if (change.type !== "select") continue;
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return [...next];
}

const decorated = new WeakMap<WorkspaceFlowNode, WorkspaceFlowNode>();

/**
 * The node with its selection and accessible name, the same object while neither changes, so a
 * row update re-renders only the cards whose nodes really changed.
 */
function decorate(node: WorkspaceFlowNode, isSelected: boolean, label: string): WorkspaceFlowNode {
  const cached = decorated.get(node);
  if (cached && Boolean(cached.selected) === isSelected && cached.ariaLabel === label) return cached;
  const next = { ...node, selected: isSelected, ariaLabel: label };
  decorated.set(node, next);
  return next;
}

/**
 * The nodes React Flow draws: derived from the rows, carrying React Flow's measured sizes and
 * drags, with selection taken from the selection store (the one source of truth for it).
 * Leaf sizes are fed back so teams size to fit their members as they are really drawn.
 */
export function useFlowNodes(rows: readonly WorkspaceRow[] | undefined) {
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const [nodes, setNodes] = useState<WorkspaceFlowNode[]>(() => (rows ? toFlowNodes(rows) : NO_NODES));
  const [held, setHeld] = useState(NO_IDS);
  const selectedIds = useSelectionStore((s) => s.selectedIds);
  const nodesRef = useRef(nodes);
  useEffect(() => {
    nodesRef.current = nodes;
  }, [nodes]);

  const derive = useCallback(
    (previous: WorkspaceFlowNode[], keepPositions: boolean) => {
      if (!rows) return previous;
      const derived = toFlowNodes(rows, { sizes, previous: keepPositions ? previous : undefined });
      const onScreen = keepPositions ? previous : previous.map((n) => ({ ...n, dragging: false }));
      return mergeFlowNodes(derived, onScreen, keepPositions ? held : undefined);
    },
    [rows, sizes, held],
  );

  // Derived while rendering (not in an effect), so new rows reach the screen in the same pass.
  const [basis, setBasis] = useState({ rows, sizes, held });
  if (basis.rows !== rows || basis.sizes !== sizes || basis.held !== held) {
    setBasis({ rows, sizes, held });
    setNodes((previous) => derive(previous, true));
  }

  /** Puts every card back where its row says (a cancelled nest, a failed save). */
  const resetPositions = useCallback(() => {
    setHeld(NO_IDS);
    setNodes((previous) => derive(previous, false));
  }, [derive]);

  /** Cards moved on screen whose rows are not updated yet keep their spot through row updates. */
  const holdPositions = useCallback((ids: readonly string[]) => {
    setHeld((current) => (ids.every((id) => current.has(id)) ? current : new Set([...current, ...ids])));
  }, []);
  /** Their rows now say where they are (or they are to go back where their rows say). */
  const releasePositions = useCallback(() => setHeld(NO_IDS), []);

  const onNodesChange = useCallback((changes: NodeChange<WorkspaceFlowNode>[]) => {
    if (changes.some((c) => c.type === "select")) {
      const selection = useSelectionStore.getState();
      selection.selectMany(applySelectChanges(selection.selectedIds, changes));
    }
    const rest = changes.filter((c) => c.type !== "select" && c.type !== "remove");
    if (rest.length === 0) return;
    setNodes((current) => applyNodeChanges(rest, current));
    const measured = rest.flatMap((c) =>
      c.type === "dimensions" && c.dimensions ? [{ id: c.id, size: c.dimensions }] : [],
    );
    if (measured.length === 0) return;
    // Only leaves: a team's box is computed from its members, never measured back.
    const teams = new Set(nodesRef.current.filter((n) => n.width !== undefined).map((n) => n.id));
    setSizes((current) => {
      let next: Map<string, Size> | undefined;
      for (const { id, size } of measured) {
        if (teams.has(id)) continue;
        const known = current.get(id);
        if (known && Math.abs(known.width - size.width) < 1 && Math.abs(known.height - size.height) < 1)
          continue;
        next ??= new Map(current);
        next.set(id, { width: Math.round(size.width), height: Math.round(size.height) });
      }
      return next ?? current;
    });
  }, []);

  const shown = useMemo(() => {
    const selected = new Set(selectedIds);
    const byId = rows ? indexById(rows) : undefined;
    return nodes.map((n) =>
      decorate(n, selected.has(n.id), `${byId?.get(n.id)?.name ?? "Workspace"}, workspace card`),
    );
  }, [nodes, selectedIds, rows]);

  return { nodes: shown, sizes, onNodesChange, resetPositions, holdPositions, releasePositions };
}
