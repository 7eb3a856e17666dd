import type { XYPosition } from "@xyflow/react";

/** A child's position inside its parent, from two absolute positions (rows store absolute ones). */
export function absoluteToRelative(absolute: XYPosition, parentAbsolute: XYPosition): XYPosition {
  return { x: absolute.x - parentAbsolute.x, y: absolute.y - parentAbsolute.y };
}

/** The absolute position of a child React Flow reports relative to its parent (e.g. on drag stop). */
export function relativeToAbsolute(relative: XYPosition, parentAbsolute: XYPosition): XYPosition {
  return { x: relative.x + parentAbsolute.x, y: relative.y + parentAbsolute.y };
}
