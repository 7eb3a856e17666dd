import type { Rect, Viewport } from "@xyflow/react";
import type { Size } from "./card-size";

/** Smallest text a reader can take in without zooming, in screen pixels. */
export const MIN_SCREEN_TEXT_PX = 11;

export type ReadableFitOptions = {
  /** The zoom below which card text drops under `MIN_SCREEN_TEXT_PX`. */
  minZoom: number;
  /** The fit never zooms in past this, so a small org is not blown up. */
  maxZoom: number;
  /** Screen pixels kept clear around the fitted org. */
  padding: number;
};

/** The zoom at which text drawn at `textPx` on a card reads at `MIN_SCREEN_TEXT_PX` on screen. */
export function readableZoom(textPx: number): number {
  return MIN_SCREEN_TEXT_PX / textPx;
}

/**
 * The view that shows `bounds` (canvas units) whole in a `view` of screen pixels, unless that
 * would make text unreadable: then it keeps the readable zoom and shows the top of the org,
 * centred across, so a big org opens on its top levels rather than as a pattern of specks.
 */
export function readableFitViewport(bounds: Rect, view: Size, options: ReadableFitOptions): Viewport {
  const { minZoom, maxZoom, padding } = options;
  const fitX = bounds.width > 0 ? (view.width - 2 * padding) / bounds.width : maxZoom;
  const fitY = bounds.height > 0 ? (view.height - 2 * padding) / bounds.height : maxZoom;
  const zoom = Math.max(minZoom, Math.min(maxZoom, fitX, fitY));
  const shownHeight = bounds.height * zoom;
  const x = view.width / 2 - (bounds.x + bounds.width / 2) * zoom;
  const y =
    shownHeight <= view.height
      ? (view.height - shownHeight) / 2 - bounds.y * zoom
      : padding - bounds.y * zoom;
  return { x, y, zoom };
}
