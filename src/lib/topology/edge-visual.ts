/** The thinnest and thickest an edge's stroke gets, in px. */
export const EDGE_WIDTH_MIN = 1;
export const EDGE_WIDTH_MAX = 5;

/** Past this zoom the cards are large enough that every edge label fits beside them. */
export const LABEL_ZOOM = 1.25;

/**
 * Stroke width for an edge with `count` calls: 1 px for one call, one more px per doubling,
 * at most 5 px, so one busy pair does not drown the rest.
 */
export function edgeStrokeWidth(count: number): number {
  if (!(count > 1)) return EDGE_WIDTH_MIN;
  return Math.min(EDGE_WIDTH_MAX, EDGE_WIDTH_MIN + Math.log2(count));
}

export type EdgeLabelState = {
  /** The pointer is over the edge or its label. */
  isHovered: boolean;
  /** The label button has keyboard focus. */
  isFocused: boolean;
  /** The edge is the one whose calls the panel lists. */
  isSelected: boolean;
  /** One of the edge's end cards is selected, hovered or focused. */
  isEndpointActive: boolean;
  /** The chart is zoomed in past LABEL_ZOOM. */
  isZoomedIn: boolean;
};

/** An edge shows its label only when someone is looking at it, or when there is room for every label. */
export function isEdgeLabelVisible(s: EdgeLabelState): boolean {
  return s.isHovered || s.isFocused || s.isSelected || s.isEndpointActive || s.isZoomedIn;
}
