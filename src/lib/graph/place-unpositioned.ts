import type { XYPosition } from "@xyflow/react";
import type { WorkspaceRow } from "@/lib/contract";
import { buildTree } from "./build-tree";
import { CARD_GAP, TEAM_HEADER, TEAM_PADDING, type Size } from "./card-size";
import { ORG_ORIGIN, layoutForest } from "./layout-org-chart";
import { absoluteToRelative, relativeToAbsolute } from "./positions";
import { computeSizes } from "./to-flow-nodes";

export type PlacementOptions = {
  sizes?: ReadonlyMap<string, Size>;
  collapsedIds?: ReadonlySet<string>;
};

/** The platform sends 0,0 when a workspace has no saved layout; nothing we place lands exactly there. */
export function needsPlacement(row: Pick<WorkspaceRow, "x" | "y">): boolean {
  return row.x === 0 && row.y === 0;
}

/**
 * The rows that head an unplaced subtree: unplaced themselves, under a placed parent or none.
 * Each such subtree is laid out as one block, so placing never moves a workspace the user put somewhere.
 */
export function unplacedHeads(rows: readonly WorkspaceRow[]): Map<string | null, string[]> {
  const tree = buildTree(rows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const groups = new Map<string | null, string[]>();
  for (const id of tree.order) {
    const row = byId.get(id);
    const parentId = tree.parentOf.get(id) ?? null;
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (!row || !needsPlacement(row) || (parent && needsPlacement(parent))) continue;
    groups.set(parentId, [...(groups.get(parentId) ?? []), id]);
  }
  return groups;
}

/**
 * Positions for the workspaces with no saved layout (and everything under them), laid out with
 * elkjs and put below what is already placed: inside the parent team, or below the org for roots.
 * Returns absolute positions only for rows that move; empty when everything is placed.
 */
export async function placeUnpositioned(
  rows: readonly WorkspaceRow[],
  options: PlacementOptions = {},
): Promise<Map<string, XYPosition>> {
  const groups = unplacedHeads(rows);
  if (groups.size === 0) return new Map();
  const tree = buildTree(rows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const collapsed = options.collapsedIds ?? new Set(rows.filter((r) => r.collapsed).map((r) => r.id));
  const sizes = computeSizes(rows, tree, collapsed, options.sizes);
  const placed = new Map<string, XYPosition>();

  for (const [parentId, heads] of groups) {
    const parent = parentId === null ? undefined : byId.get(parentId);
    const siblings = (parent ? (tree.childrenOf.get(parent.id) ?? []) : tree.roots).flatMap((id) => {
      const row = byId.get(id);
      return row && !needsPlacement(row) ? [row] : [];
    });
    const origin = parent ?? { x: 0, y: 0 };
    // Below the placed siblings (relative to the parent, or absolute for roots).
    const bottoms = siblings.map((s) => absoluteToRelative(s, origin).y + (sizes.get(s.id)?.height ?? 0));
    const lefts = siblings.map((s) => absoluteToRelative(s, origin).x);
    const top = bottoms.length > 0 ? Math.max(...bottoms) + CARD_GAP : parent ? TEAM_HEADER : ORG_ORIGIN.y;
    const left = parent ? TEAM_PADDING : lefts.length > 0 ? Math.min(...lefts) : ORG_ORIGIN.x;
    const blockOrigin = relativeToAbsolute({ x: left, y: top }, origin);

    const { positions } = await layoutForest(rows, heads, { sizes: options.sizes, collapsedIds: collapsed });
    for (const [id, position] of positions) placed.set(id, relativeToAbsolute(position, blockOrigin));
  }
  return placed;
}
