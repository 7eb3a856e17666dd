/** The chain walk stops after this many hops (contract §4.6), which also ends parent cycles. */
const MAX_HOPS = 32;

/** Answers null for a root and undefined for an id it does not know. */
export type ParentOf = (id: string) => string | null | undefined;

function chainContains(id: string, ancestorId: string, parentOf: ParentOf): boolean | undefined {
  let current = parentOf(id);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (current === undefined) return undefined;
    if (current === null) return false;
    if (current === ancestorId) return true;
    current = parentOf(current);
  }
  return false;
}

/**
 * CanCommunicate (contract §4.6): self, siblings (roots count as siblings), ancestor ↔ descendant at
 * any depth; an unknown id on the way denies. The overlay flags calls this rule forbids.
 */
export function canCommunicate(callerId: string, targetId: string, parentOf: ParentOf): boolean {
  const callerParent = parentOf(callerId);
  const targetParent = parentOf(targetId);
  if (callerParent === undefined || targetParent === undefined) return false;
  if (callerId === targetId || callerParent === targetParent) return true;
  const down = chainContains(targetId, callerId, parentOf);
  if (down === undefined) return false;
  return down || chainContains(callerId, targetId, parentOf) === true;
}
