import { useQueryClient } from "@tanstack/react-query";
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { workspaceQueries } from "@/lib/api/workspaces";
import { selectWorkspace } from "@/lib/events/workspace-index";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { useSelectionStore } from "@/store/selection";

const FOCUS_ZOOM = 1.1;

/** Runs what the palette, menus and shortcuts asked of the canvas, each request once. */
export function useCanvasCommands(tidy: (teamId: string | null) => Promise<void>, isReducedMotion: boolean) {
  const flow = useReactFlow();
  const queryClient = useQueryClient();
  const pending = useCanvasCommandsStore((s) => s.pending);
  const done = useRef(0);

  useEffect(() => {
    if (!pending || pending.seq <= done.current) return;
    done.current = pending.seq;
    const duration = isReducedMotion ? 0 : 400;
    switch (pending.kind) {
      case "focus": {
        const node = flow.getInternalNode(pending.workspaceId);
        if (!node) return;
        // The row, not React Flow, is the truth: a card just moved may not be drawn there yet.
        const rows = queryClient.getQueryData(workspaceQueries.list().queryKey);
        const row = rows && selectWorkspace(rows, pending.workspaceId);
        const { x, y } = row ?? node.internals.positionAbsolute;
        const width = node.measured.width ?? node.width ?? 0;
        const height = node.measured.height ?? node.height ?? 0;
        useSelectionStore.getState().select(pending.workspaceId);
        void flow.setCenter(x + width / 2, y + height / 2, {
          zoom: Math.max(flow.getZoom(), FOCUS_ZOOM),
          duration,
        });
        return;
      }
      case "tidy":
        void tidy(pending.teamId);
        return;
      case "fit-view":
        void flow.fitView({ padding: 0.2, duration });
        return;
    }
  }, [pending, flow, queryClient, tidy, isReducedMotion]);
}
