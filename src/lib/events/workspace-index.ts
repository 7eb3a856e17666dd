import type { WorkspaceRow } from "@/lib/contract";

const cache = new WeakMap<readonly WorkspaceRow[], ReadonlyMap<string, WorkspaceRow>>();

/** The rows keyed by id, built once per list reference so every per-node selector is a lookup. */
export function indexById(rows: readonly WorkspaceRow[]): ReadonlyMap<string, WorkspaceRow> {
  let index = cache.get(rows);
  if (!index) {
    index = new Map(rows.map((r) => [r.id, r]));
    cache.set(rows, index);
  }
  return index;
}

/** One workspace by id, or undefined (removed, or not loaded yet). */
export function selectWorkspace(rows: readonly WorkspaceRow[], id: string): WorkspaceRow | undefined {
  return indexById(rows).get(id);
}
