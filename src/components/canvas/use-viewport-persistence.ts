import { useQuery } from "@tanstack/react-query";
import { useReactFlow, useStore, type Viewport as FlowViewport } from "@xyflow/react";
import { useCallback, useEffect, useRef } from "react";
import { putViewport, viewportQueries } from "@/lib/api/viewport";
import { CARD_ROLE_TEXT_PX } from "@/lib/graph/card-size";
import type { WorkspaceFlowNode } from "@/lib/graph/to-flow-nodes";
import { readableFitViewport, readableZoom } from "@/lib/graph/readable-viewport";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { useViewportStore } from "@/store/viewport";

const SAVE_DELAY_MS = 1000;
/** First-load fitting stops once the org has kept its shape this long. */
const FIT_SETTLE_MS = 2000;
const REFIT_MS = 250;
const FIT_OPTIONS = { minZoom: readableZoom(CARD_ROLE_TEXT_PX), maxZoom: 1, padding: 24 };

const isServerDefault = (v: FlowViewport) => v.x === 0 && v.y === 0 && v.zoom === 1;

/**
 * Restores this browser's last view, or else the org's shared one from the platform, or else
 * fits the org readably; then remembers every pan and zoom here and, debounced, on the platform.
 * The fit follows the org while its first layout settles (cards measured, teams laid out), until
 * the user takes over the view.
 */
export function useViewportPersistence(nodes: readonly WorkspaceFlowNode[], isReducedMotion: boolean) {
  const flow = useReactFlow<WorkspaceFlowNode>();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const server = useQuery(viewportQueries.shared());
  const isRestored = useRef(false);
  const isFitting = useRef(false);
  const hasFitted = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hasNodes = nodes.length > 0;

  const stopFitting = useCallback(() => {
    isFitting.current = false;
    if (settleTimer.current) clearTimeout(settleTimer.current);
  }, []);

  useEffect(() => {
    if (!isRestored.current) {
      if (!hasNodes) return;
      const own = useViewportStore.getState().viewport;
      if (own) {
        isRestored.current = true;
        void flow.setViewport(own);
        return;
      }
      if (server.isPending) return;
      isRestored.current = true;
      if (server.data && !isServerDefault(server.data)) {
        void flow.setViewport(server.data);
        return;
      }
      isFitting.current = true;
    }
    if (!isFitting.current || width === 0 || height === 0) return;
    const shown = nodes.filter((n) => !n.hidden);
    const viewport = readableFitViewport(flow.getNodesBounds(shown), { width, height }, FIT_OPTIONS);
    // The first fit lands at once; later ones glide, so the view follows the org rather than jumping.
    const duration = hasFitted.current && !isReducedMotion ? REFIT_MS : 0;
    hasFitted.current = true;
    void flow.setViewport(viewport, { duration });
    if (settleTimer.current) clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(stopFitting, FIT_SETTLE_MS);
  }, [hasNodes, server.isPending, server.data, flow, nodes, width, height, isReducedMotion, stopFitting]);

  // A palette or menu command moves the view on purpose: the first-load fit must not undo it.
  const pendingCommand = useCanvasCommandsStore((s) => s.pending);
  const commandAtMount = useRef(pendingCommand);
  useEffect(() => {
    if (pendingCommand !== commandAtMount.current) stopFitting();
  }, [pendingCommand, stopFitting]);

  const onMoveStart = useCallback(
    (event: unknown) => {
      // Only a pan or zoom by the user carries an event; the fit's own moves do not.
      if (event) stopFitting();
    },
    [stopFitting],
  );

  const onMoveEnd = useCallback((_event: unknown, viewport: FlowViewport) => {
    if (!isRestored.current) return;
    useViewportStore.getState().remember(viewport);
    if (saveTimer.current) clearTimeout(saveTimer.current);
    // Best effort: the shared default is a convenience, so a failed save is not worth a message.
    saveTimer.current = setTimeout(() => void putViewport(viewport).catch(() => undefined), SAVE_DELAY_MS);
  }, []);

  useEffect(
    () => () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
      if (settleTimer.current) clearTimeout(settleTimer.current);
    },
    [],
  );

  return { onMoveStart, onMoveEnd, stopFitting };
}
