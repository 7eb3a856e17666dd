"use client";

import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { PANEL_MAX_WIDTH, PANEL_MIN_WIDTH, usePanelStore } from "@/store/panel";

/** Pixels one arrow key press moves the edge; with Shift, a larger step. */
const STEP = 16;
const BIG_STEP = 64;

/**
 * The panel's left edge: drag it, or focus it and use the arrow keys (Home/End for the bounds),
 * to change the panel's width. A WAI-ARIA window splitter; the value is the panel's width in px.
 */
export function PanelResizeHandle({ controls }: { controls: string }) {
  const width = usePanelStore((s) => s.width);
  const setWidth = usePanelStore((s) => s.setWidth);
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    // The handle sits on the panel's left edge: moving it left widens the panel.
    const next: Partial<Record<string, number>> = {
      ArrowLeft: width + step,
      ArrowRight: width - step,
      Home: PANEL_MIN_WIDTH,
      End: PANEL_MAX_WIDTH,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    setWidth(target);
  };

  const handlePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
  };
  const handlePointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    setWidth(drag.current.startWidth + drag.current.startX - event.clientX);
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label="Resize panel"
      aria-controls={controls}
      aria-orientation="vertical"
      aria-valuenow={width}
      aria-valuemin={PANEL_MIN_WIDTH}
      aria-valuemax={PANEL_MAX_WIDTH}
      title="Drag or use the arrow keys to resize"
      onKeyDown={handleKeyDown}
      onPointerDown={handlePointerDown}
      onPointerMove={handlePointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      className="absolute inset-y-0 left-0 z-10 w-1.5 -translate-x-1/2 cursor-col-resize touch-none bg-transparent outline-none hover:bg-accent/40 focus-visible:bg-accent focus-visible:ring-2 focus-visible:ring-accent"
    />
  );
}
