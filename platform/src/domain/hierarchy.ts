import type { Queryable } from "../db/database";

/** The chain walk stops after this many hops (contract §4.6), which also ends parent cycles. */
const MAX_HOPS = 32;

/** `parentOf` answers null for a root and undefined for an id it does not know. */
export type ParentLookup = (id: string) => string | null | undefined;

/** True when `ancestorId` is on `id`'s parent chain; undefined when a lookup fails. */
function chainContains(id: string, ancestorId: string, parentOf: ParentLookup): boolean | undefined {
  let current: string | null | undefined = parentOf(id);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (current === undefined) return undefined;
    if (current === null) return false;
    if (current === ancestorId) return true;
    current = parentOf(current);
  }
  return false;
}

/**
 * CanCommunicate (contract §4.6): self; siblings (both roots count); ancestor ↔ descendant at
 * any depth. Any unknown id on the way means deny. Status is not considered.
 */
export function canCommunicatePure(callerId: string, targetId: string, parentOf: ParentLookup): boolean {
  if (callerId === targetId) return parentOf(callerId) !== undefined;
  const callerParent = parentOf(callerId);
  const targetParent = parentOf(targetId);
  if (callerParent === undefined || targetParent === undefined) return false;
  if (callerParent === targetParent) return true;
  const down = chainContains(targetId, callerId, parentOf);
  if (down === undefined) return false;
  if (down) return true;
  return chainContains(callerId, targetId, parentOf) === true;
}

/** Loads the org's parent map once and applies the rule; a failed lookup denies. */
export async function canCommunicate(
  q: Queryable,
  orgId: string,
  callerId: string,
  targetId: string,
): Promise<boolean> {
  try {
    const parents = await loadParentMap(q, orgId);
    return canCommunicatePure(callerId.toLowerCase(), targetId.toLowerCase(), (id) => parents.get(id));
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
