import type { XYPosition } from "@xyflow/react";
import type { PatchWorkspaceRequest, WorkspaceRow } from "@/lib/contract";
import { buildTree, descendantsOf, type WorkspaceTree } from "@/lib/graph/build-tree";
import { TEAM_HEADER, TEAM_PADDING } from "@/lib/graph/card-size";
import type { Edit } from "./save-edit";

/** Where the moved cards go: `undefined` keeps each card's team; a string or null re-parents. */
export type MoveTarget = { parentId?: string | null };

/** The moved cards whose own team is not moving too: moving a team carries its members. */
export function movedRoots(tree: WorkspaceTree, ids: readonly string[]): string[] {
  const moving = new Set(ids);
  return ids.filter((id) => {
    for (let p = tree.parentOf.get(id) ?? null; p !== null; p = tree.parentOf.get(p) ?? null)
      if (moving.has(p)) return false;
    return true;
  });
}

const round = (p: XYPosition): XYPosition => ({ x: Math.round(p.x), y: Math.round(p.y) });

function describeMove(
  names: string[],
  target: MoveTarget,
  rows: ReadonlyMap<string, WorkspaceRow>,
  from: string | null,
) {
  const who = names.length === 1 ? (names[0] ?? "workspace") : `${names.length} workspaces`;
  if (target.parentId === undefined) return `Move ${who}`;
  if (target.parentId === null)
    return `Take ${who} out of ${from === null ? "its team" : (rows.get(from)?.name ?? "its team")}`;
  return `Move ${who} into ${rows.get(target.parentId)?.name ?? "a team"}`;
}

/**
 * The PATCHes for moving cards to where React Flow now draws them: absolute x/y for each moved
 * card and, since rows hold absolute positions, for every member of a moved team; plus
 * `parent_id` when re-parenting. A card nested into a team lands inside its padding.
 */
export function buildMoveEdit(
  rows: readonly WorkspaceRow[],
  ids: readonly string[],
  positionOf: (id: string) => XYPosition | undefined,
  target: MoveTarget = {},
): Edit {
  const tree = buildTree(rows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const apply = new Map<string, PatchWorkspaceRequest>();
  const revert = new Map<string, PatchWorkspaceRequest>();
  const roots = movedRoots(tree, ids).filter((id) => byId.has(id));
  const newTeam = target.parentId ? byId.get(target.parentId) : undefined;

  for (const id of roots) {
    const row = byId.get(id);
    const drawn = positionOf(id);
    if (!row || !drawn) continue;
    let next = round(drawn);
    // Inside a team a card stays within its padding: a box only grows right and down.
    const ownTeam =
      target.parentId === undefined && row.parent_id !== null ? byId.get(row.parent_id) : undefined;
    const team = newTeam ?? ownTeam;
    if (team) {
      next = { x: Math.max(next.x, team.x + TEAM_PADDING), y: Math.max(next.y, team.y + TEAM_HEADER) };
    }
    const dx = next.x - row.x;
    const dy = next.y - row.y;
    const isReparent = target.parentId !== undefined && target.parentId !== row.parent_id;
    if (dx === 0 && dy === 0 && !isReparent) continue;
    apply.set(id, { ...next, ...(isReparent && { parent_id: target.parentId }) });
    revert.set(id, { x: row.x, y: row.y, ...(isReparent && { parent_id: row.parent_id }) });
    if (dx === 0 && dy === 0) continue;
    for (const memberId of descendantsOf(tree, id)) {
      const member = byId.get(memberId);
      if (!member) continue;
      apply.set(memberId, { x: member.x + dx, y: member.y + dy });
      revert.set(memberId, { x: member.x, y: member.y });
    }
  }
  const names = roots.map((id) => byId.get(id)?.name ?? id);
  const from = roots[0] === undefined ? null : (tree.parentOf.get(roots[0]) ?? null);
  return { label: describeMove(names, target, byId, from), apply, revert };
}
