import { useQuery } from "@tanstack/react-query";
import { useReactFlow, type Viewport as FlowViewport } from "@xyflow/react";
import { useCallback, useEffect, useRef } from "react";
import { putViewport, viewportQueries } from "@/lib/api/viewport";
import { useViewportStore } from "@/store/viewport";

const SAVE_DELAY_MS = 1000;

const isServerDefault = (v: FlowViewport) => v.x === 0 && v.y === 0 && v.zoom === 1;

/**
 * Restores this browser's last view, or else the org's shared one from the platform, or else
 * fits the org; then remembers every pan and zoom here and, debounced, on the platform.
 */
export function useViewportPersistence(hasNodes: boolean) {
  const flow = useReactFlow();
  const server = useQuery(viewportQueries.shared());
  const isRestored = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (isRestored.current || !hasNodes) return;
    const own = useViewportStore.getState().viewport;
    if (own) {
      isRestored.current = true;
      void flow.setViewport(own);
      return;
    }
    if (server.isPending) return;
    isRestored.current = true;
    if (server.data && !isServerDefault(server.data)) void flow.setViewport(server.data);
    else void flow.fitView({ padding: 0.2 });
  }, [hasNodes, server.isPending, server.data, flow]);

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
    },
    [],
  );

  return { onMoveEnd };
}
