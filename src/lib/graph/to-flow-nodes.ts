import type { Node } from "@xyflow/react";
import type { WorkspaceRow } from "@/lib/contract";
import { DEFAULT_CARD_SIZE, teamSize, type Size } from "./card-size";
import { buildTree, type WorkspaceTree } from "./build-tree";
import { absoluteToRelative } from "./positions";

// Node data carries only the id: a status event then wakes one node's
// subscription instead of rebuilding the array React Flow diffs.
export type WorkspaceFlowNode = Node<{ workspaceId: string }, "workspace">;

export type FlowNodeOptions = {
  /** Teams whose children are hidden; defaults to the rows' persisted `collapsed` flags. */
  collapsedIds?: ReadonlySet<string>;
  /** Measured card sizes; unmeasured cards count as the default card size. */
  sizes?: ReadonlyMap<string, Size>;
  /** The previous result: unchanged nodes are reused so React Flow skips them. */
  previous?: WorkspaceFlowNode[];
};

/** Sizes every card bottom-up: an expanded team with children fits them, anything else is its card. */
export function computeSizes(
  rows: readonly WorkspaceRow[],
  tree: WorkspaceTree,
  collapsedIds: ReadonlySet<string>,
  sizes: ReadonlyMap<string, Size> = new Map(),
): Map<string, Size> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const result = new Map<string, Size>();
  for (const id of [...tree.order].reverse()) {
    const children = collapsedIds.has(id) ? [] : (tree.childrenOf.get(id) ?? []);
    const row = byId.get(id);
    if (children.length === 0 || !row) {
      result.set(id, sizes.get(id) ?? DEFAULT_CARD_SIZE);
      continue;
    }
    const boxes = children.flatMap((childId) => {
      const child = byId.get(childId);
      const size = result.get(childId);
      return child && size ? [{ ...absoluteToRelative(child, row), ...size }] : [];
    });
    result.set(id, teamSize(boxes));
  }
  return result;
}

function isSameNode(a: WorkspaceFlowNode, b: WorkspaceFlowNode): boolean {
  return (
    a.id === b.id &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.parentId === b.parentId &&
    a.hidden === b.hidden &&
    a.width === b.width &&
    a.height === b.height &&
    a.zIndex === b.zIndex
  );
}

/**
 * Rows → React Flow nodes: children nest under `parentId` at positions relative to the parent,
 * parents come first and sit below their children, descendants of collapsed teams are hidden,
 * and expanded teams get a fixed size that fits their children.
 */
export function toFlowNodes(
  rows: readonly WorkspaceRow[],
  options: FlowNodeOptions = {},
): WorkspaceFlowNode[] {
  const tree = buildTree(rows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const collapsedIds = options.collapsedIds ?? new Set(rows.filter((r) => r.collapsed).map((r) => r.id));
  const sizes = computeSizes(rows, tree, collapsedIds, options.sizes);
  const previous = new Map((options.previous ?? []).map((n) => [n.id, n]));
  const isHidden = new Map<string, boolean>();

  const nodes = tree.order.flatMap((id): WorkspaceFlowNode[] => {
    const row = byId.get(id);
    if (!row) return [];
    const parentId = tree.parentOf.get(id) ?? null;
    const parent = parentId === null ? undefined : byId.get(parentId);
    const hidden = parentId !== null && (isHidden.get(parentId) === true || collapsedIds.has(parentId));
    isHidden.set(id, hidden);
    const isTeam = !collapsedIds.has(id) && (tree.childrenOf.get(id)?.length ?? 0) > 0;
    const size = sizes.get(id) ?? DEFAULT_CARD_SIZE;
    const node: WorkspaceFlowNode = {
      id,
      type: "workspace",
      position: parent ? absoluteToRelative(row, parent) : { x: row.x, y: row.y },
      data: { workspaceId: id },
      zIndex: tree.depthOf.get(id) ?? 0,
      ...(parent && { parentId: parent.id }),
      ...(hidden && { hidden: true }),
      // Leaves are left to React Flow to measure; a team's box is ours to size.
      ...(isTeam && { width: size.width, height: size.height }),
    };
    const before = previous.get(id);
    return [before && isSameNode(before, node) ? before : node];
  });

  const prior = options.previous;
  const isUnchanged = prior?.length === nodes.length && nodes.every((n, i) => n === prior[i]);
  return isUnchanged && prior ? prior : nodes;
}
