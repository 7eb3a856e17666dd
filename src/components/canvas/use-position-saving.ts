import { useReactFlow, type XYPosition } from "@xyflow/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { workspaceQueries } from "@/lib/api/workspaces";
import { useEditTarget } from "@/lib/api/use-edit-target";
import type { WorkspaceRow } from "@/lib/contract";
import { buildTree } from "@/lib/graph/build-tree";
import type { Box } from "@/lib/graph/card-size";
import type { WorkspaceFlowNode } from "@/lib/graph/to-flow-nodes";
import { useSelectionStore } from "@/store/selection";
import { findDropTarget } from "./find-drop-target";
import { buildMoveEdit, movedRoots } from "./move-edit";
import { saveEdit, type Edit } from "./save-edit";

/** A nest or extract waiting for the user's confirmation. */
export type PendingMove = { edit: Edit; names: string[]; fromName: string | null; toName: string | null };

const KEYBOARD_SAVE_DELAY_MS = 400;

/** What the chart's nodes offer for keeping cards where direct manipulation put them. */
export type PositionControls = {
  /** Puts every card back where its row says. */
  resetPositions(): void;
  /** Keeps these cards where they are on screen through row updates until released. */
  holdPositions(ids: readonly string[]): void;
  releasePositions(): void;
};

/**
 * Saves what direct manipulation did: a drag to a new spot (PATCH x/y on release), onto a card
 * (nest) or out of its team (extract) after a confirm, and arrow-key moves once the keys rest.
 */
export function usePositionSaving(
  rows: readonly WorkspaceRow[] | undefined,
  { resetPositions, holdPositions, releasePositions }: PositionControls,
) {
  const flow = useReactFlow<WorkspaceFlowNode>();
  const editTarget = useEditTarget();
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);
  const keyboardTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keyboardMoved = useRef(new Set<string>());

  const positionOf = useCallback(
    (id: string): XYPosition | undefined => flow.getInternalNode(id)?.internals.positionAbsolute,
    [flow],
  );
  const boxOf = useCallback(
    (id: string): Box | undefined => {
      const node = flow.getInternalNode(id);
      if (!node || node.hidden) return undefined;
      const { x, y } = node.internals.positionAbsolute;
      return {
        x,
        y,
        width: node.measured.width ?? node.width ?? 0,
        height: node.measured.height ?? node.height ?? 0,
      };
    },
    [flow],
  );

  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, _node: WorkspaceFlowNode, dragged: WorkspaceFlowNode[]) => {
      if (!rows) return;
      const tree = buildTree(rows);
      const ids = movedRoots(
        tree,
        dragged.map((n) => n.id),
      );
      const point = "clientX" in event ? event : event.changedTouches[0];
      if (!point) return;
      const pointer = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY });
      const target = findDropTarget(tree, pointer, ids, boxOf);
      const isSameTeam = ids.every((id) => (tree.parentOf.get(id) ?? null) === target);
      if (isSameTeam) {
        void saveEdit(editTarget, buildMoveEdit(rows, ids, positionOf));
        return;
      }
      const byId = new Map(rows.map((r) => [r.id, r]));
      const from = tree.parentOf.get(ids[0] ?? "") ?? null;
      setPendingMove({
        edit: buildMoveEdit(rows, ids, positionOf, { parentId: target }),
        names: ids.map((id) => byId.get(id)?.name ?? id),
        fromName: from === null ? null : (byId.get(from)?.name ?? null),
        toName: target === null ? null : (byId.get(target)?.name ?? null),
      });
    },
    [rows, flow, boxOf, positionOf, editTarget],
  );

  const confirmMove = useCallback(() => {
    if (!pendingMove) return;
    setPendingMove(null);
    void saveEdit(editTarget, pendingMove.edit);
  }, [pendingMove, editTarget]);

  const cancelMove = useCallback(() => {
    setPendingMove(null);
    resetPositions();
  }, [resetPositions]);

  /**
   * React Flow moves selected cards on arrow keys; save them once the keys have rested. Until then
   * only the nodes know where they are, so they are held against row updates (a heartbeat), and the
   * save covers the cards the keys moved, from the rows as they are when it runs.
   */
  const saveKeyboardMoveSoon = useCallback(() => {
    const selected = useSelectionStore.getState().selectedIds;
    for (const id of selected) keyboardMoved.current.add(id);
    holdPositions(selected);
    if (keyboardTimer.current) clearTimeout(keyboardTimer.current);
    keyboardTimer.current = setTimeout(() => {
      keyboardTimer.current = null;
      const ids = [...keyboardMoved.current];
      keyboardMoved.current.clear();
      const current = editTarget.queryClient.getQueryData(workspaceQueries.list().queryKey);
      // The optimistic rows carry the new spots as soon as saveEdit starts, so the hold can end.
      if (current) void saveEdit(editTarget, buildMoveEdit(current, ids, positionOf));
      releasePositions();
    }, KEYBOARD_SAVE_DELAY_MS);
  }, [positionOf, editTarget, holdPositions, releasePositions]);

  useEffect(
    () => () => {
      if (keyboardTimer.current) clearTimeout(keyboardTimer.current);
    },
    [],
  );

  return { onNodeDragStop, pendingMove, confirmMove, cancelMove, saveKeyboardMoveSoon };
}
