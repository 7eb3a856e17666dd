import type { XYPosition } from "@xyflow/react";
import type { WorkspaceRow } from "@/lib/contract";
import { indexById } from "@/lib/events/workspace-index";

/** A child's position inside its parent, from two absolute positions (rows store absolute ones). */
export function absoluteToRelative(absolute: XYPosition, parentAbsolute: XYPosition): XYPosition {
  return { x: absolute.x - parentAbsolute.x, y: absolute.y - parentAbsolute.y };
}

/** The absolute position of a child React Flow reports relative to its parent (e.g. on drag stop). */
export function relativeToAbsolute(relative: XYPosition, parentAbsolute: XYPosition): XYPosition {
  return { x: relative.x + parentAbsolute.x, y: relative.y + parentAbsolute.y };
}

/**
 * The laid-out positions of rows still where they were when the layout started. Layout is async, and
 * a card placed or moved meanwhile (by the user, the create dialog, another tab) must keep its spot.
 */
export function keepUnmoved(
  positions: ReadonlyMap<string, XYPosition>,
  before: readonly WorkspaceRow[],
  now: readonly WorkspaceRow[],
): Map<string, XYPosition> {
  const was = indexById(before);
  const is = indexById(now);
  const kept = new Map<string, XYPosition>();
  for (const [id, position] of positions) {
    const then = was.get(id);
    const current = is.get(id);
    if (then && current && then.x === current.x && then.y === current.y) kept.set(id, position);
  }
  return kept;
}
