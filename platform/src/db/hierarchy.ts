import { canCommunicate as allowedByHierarchy } from "@/lib/topology/can-communicate";
import type { Queryable } from "./database";

/**
 * CanCommunicate (contract §4.6), the same rule the canvas uses to flag calls: loads the org's parent
 * map once and applies it; a failed lookup denies.
 */
export async function canCommunicate(
  q: Queryable,
  orgId: string,
  callerId: string,
  targetId: string,
): Promise<boolean> {
  try {
    const parents = await loadParentMap(q, orgId);
    return allowedByHierarchy(callerId.toLowerCase(), targetId.toLowerCase(), (id) => parents.get(id));
  } catch {
    return false;
  }
}

/** `id → parent_id` for every workspace of the org (removed ones too: status is not considered). */
export async function loadParentMap(q: Queryable, orgId: string): Promise<Map<string, string | null>> {
  const r = await q.query<{ id: string; parent_id: string | null }>(
    "SELECT id, parent_id FROM workspaces WHERE org_id = $1",
    [orgId],
  );
  return new Map(r.rows.map((row) => [row.id, row.parent_id]));
}
