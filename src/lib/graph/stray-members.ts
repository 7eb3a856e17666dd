import type { WorkspaceRow } from "@/lib/contract";
import { buildTree } from "./build-tree";

/**
 * The outermost teams with a member placed above or left of the team's own corner. A team box
 * only grows right and down, so such a member would hang outside it (rows laid out for a
 * different chart do this); tidying these teams puts every member back inside.
 */
export function teamsWithStrayMembers(rows: readonly WorkspaceRow[]): string[] {
  const tree = buildTree(rows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const stray = new Set<string>();
  for (const row of rows) {
    const parentId = tree.parentOf.get(row.id) ?? null;
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (!parent || parent.collapsed) continue;
    if (row.x === 0 && row.y === 0) continue; // unplaced: placement handles it
    if (row.x < parent.x || row.y < parent.y) stray.add(parent.id);
  }
  return [...stray].filter((id) => {
    for (let p = tree.parentOf.get(id) ?? null; p !== null; p = tree.parentOf.get(p) ?? null)
      if (stray.has(p)) return false;
    return true;
  });
}
