/**
 * Where each workspace is drawn when teams are collapsed: itself, or its outermost collapsed
 * ancestor (whose card stands for the whole sub-tree). Ids missing from `parentOf` are not drawn.
 */
export function visibleAncestors(
  parentOf: ReadonlyMap<string, string | null>,
  collapsedIds: ReadonlySet<string>,
): Map<string, string> {
  const shown = new Map<string, string>();
  const resolve = (id: string): string => {
    const known = shown.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id) ?? null;
    let result = id;
    if (parent !== null) {
      // Guarded by the map so a parent cycle cannot recurse forever.
      shown.set(id, id);
      const parentShown = resolve(parent);
      result = parentShown !== parent || collapsedIds.has(parent) ? parentShown : id;
    }
    shown.set(id, result);
    return result;
  };
  for (const id of parentOf.keys()) resolve(id);
  return shown;
}
