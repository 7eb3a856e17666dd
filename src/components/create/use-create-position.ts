import { useViewportStore } from "@/store/viewport";

/**
 * Where a new card should go: the position the opener asked for, else the centre of what the user
 * is looking at (flow coordinates from the remembered viewport), else nowhere (the canvas places it).
 */
export function useCreatePosition(requested: { x: number; y: number } | undefined) {
  const viewport = useViewportStore((s) => s.viewport);
  if (requested) return requested;
  if (!viewport || typeof window === "undefined") return undefined;
  return {
    x: Math.round((window.innerWidth / 2 - viewport.x) / viewport.zoom),
    y: Math.round((window.innerHeight / 2 - viewport.y) / viewport.zoom),
  };
}
