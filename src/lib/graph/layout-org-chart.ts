import type { ElkNode, LayoutOptions } from "elkjs/lib/elk-api";
import type { XYPosition } from "@xyflow/react";
import type { WorkspaceRow } from "@/lib/contract";
import {
  CARD_GAP,
  CARD_HEIGHT,
  CARD_WIDTH,
  DEFAULT_CARD_SIZE,
  TEAM_HEADER,
  TEAM_PADDING,
  type Size,
} from "./card-size";
import { buildTree, descendantsOf, type WorkspaceTree } from "./build-tree";
import { absoluteToRelative, relativeToAbsolute } from "./positions";

export type OrgChartOptions = {
  /** Lay out only this workspace's subtree; it keeps its own position. Default: the whole org. */
  rootId?: string;
  /** Measured card sizes; unmeasured cards count as the default card size. */
  sizes?: ReadonlyMap<string, Size>;
  /** Teams laid out as a single card, their hidden children moving with them. Default: rows' `collapsed`. */
  collapsedIds?: ReadonlySet<string>;
};

/** Where the whole-org layout starts: clear of 0,0, which means "never placed". */
export const ORG_ORIGIN: XYPosition = { x: 40, y: 40 };

const BASE_OPTIONS: LayoutOptions = {
  "elk.algorithm": "layered",
  "elk.direction": "DOWN",
  "elk.spacing.nodeNode": String(CARD_GAP),
  "elk.layered.spacing.nodeNodeBetweenLayers": String(CARD_GAP),
  // Siblings keep the platform's row order (oldest first), so a re-layout does not shuffle a team.
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.layered.considerModelOrder.components": "MODEL_ORDER",
};

const TEAM_OPTIONS: LayoutOptions = {
  ...BASE_OPTIONS,
  "elk.padding": `[top=${TEAM_HEADER},left=${TEAM_PADDING},bottom=${TEAM_PADDING},right=${TEAM_PADDING}]`,
  "elk.nodeSize.constraints": "MINIMUM_SIZE",
  "elk.nodeSize.minimum": `(${CARD_WIDTH}, ${CARD_HEIGHT})`,
};

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let elkInstance: Promise<Elk> | undefined;

// Loaded on first use: the bundled engine is large and only the tidy command and first load need it.
function getElk(): Promise<Elk> {
  elkInstance ??= import("elkjs/lib/elk.bundled.js").then(({ default: ELK }) => new ELK());
  return elkInstance;
}

function toElkNode(
  id: string,
  tree: WorkspaceTree,
  sizes: ReadonlyMap<string, Size>,
  collapsed: ReadonlySet<string>,
) {
  const children = collapsed.has(id) ? [] : (tree.childrenOf.get(id) ?? []);
  if (children.length === 0) return { id, ...(sizes.get(id) ?? DEFAULT_CARD_SIZE) };
  const node: ElkNode = { id, layoutOptions: TEAM_OPTIONS, children: [] };
  node.children = children.map((child) => toElkNode(child, tree, sizes, collapsed));
  return node;
}

function collectAbsolute(node: ElkNode, origin: XYPosition, into: Map<string, XYPosition>) {
  for (const child of node.children ?? []) {
    const position = relativeToAbsolute({ x: child.x ?? 0, y: child.y ?? 0 }, origin);
    into.set(child.id, position);
    collectAbsolute(child, position, into);
  }
}

/**
 * Lays out a forest of workspaces as nested teams (elkjs layered, top-down). Returns absolute
 * positions with the forest's top-left at the graph's padding, plus the forest's overall size.
 */
export async function layoutForest(
  rows: readonly WorkspaceRow[],
  forestIds: readonly string[],
  options: Omit<OrgChartOptions, "rootId"> = {},
): Promise<{ positions: Map<string, XYPosition>; size: Size }> {
  const tree = buildTree(rows);
  const collapsed = options.collapsedIds ?? new Set(rows.filter((r) => r.collapsed).map((r) => r.id));
  const sizes = options.sizes ?? new Map<string, Size>();
  const graph: ElkNode = {
    id: "org-chart-root",
    layoutOptions: { ...BASE_OPTIONS, "elk.padding": "[top=0,left=0,bottom=0,right=0]" },
    children: forestIds.map((id) => toElkNode(id, tree, sizes, collapsed)),
  };
  const laidOut = await (await getElk()).layout(graph);
  const positions = new Map<string, XYPosition>();
  collectAbsolute(laidOut, { x: 0, y: 0 }, positions);

  // Hidden members of collapsed teams keep their offset from the team, so expanding shows them as left.
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const teamId of collapsed) {
    const team = byId.get(teamId);
    const teamPosition = positions.get(teamId);
    if (!team || !teamPosition) continue;
    for (const id of descendantsOf(tree, teamId)) {
      const row = byId.get(id);
      if (row && !positions.has(id))
        positions.set(id, relativeToAbsolute(absoluteToRelative(row, team), teamPosition));
    }
  }
  return { positions, size: { width: laidOut.width ?? 0, height: laidOut.height ?? 0 } };
}

/**
 * Tidies the org (or one team) into an org chart with elkjs and returns the absolute position of
 * every workspace laid out. A team keeps its own position; the whole org starts at `ORG_ORIGIN`.
 */
export async function layoutOrgChart(
  rows: readonly WorkspaceRow[],
  options: OrgChartOptions = {},
): Promise<Map<string, XYPosition>> {
  const { rootId, ...rest } = options;
  const root = rootId === undefined ? undefined : rows.find((r) => r.id === rootId);
  if (rootId !== undefined && !root) return new Map();
  const forest = root ? [root.id] : buildTree(rows).roots;
  const { positions } = await layoutForest(rows, forest, rest);
  const anchor = root ? { x: root.x, y: root.y } : ORG_ORIGIN;
  const laidOutAnchor = root ? (positions.get(root.id) ?? { x: 0, y: 0 }) : { x: 0, y: 0 };
  const shift = absoluteToRelative(anchor, laidOutAnchor);
  return new Map([...positions].map(([id, p]) => [id, relativeToAbsolute(p, shift)]));
}
