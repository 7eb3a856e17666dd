import type { WorkspaceRow } from "@/lib/contract";

export type WorkspaceTree = {
  /** Ids with no (valid) parent, in row order. */
  readonly roots: readonly string[];
  /** The parent each id is drawn under: `null` for roots, orphans and the row where a cycle was cut. */
  readonly parentOf: ReadonlyMap<string, string | null>;
  /** Children in row order (the platform sends rows oldest first). */
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  readonly depthOf: ReadonlyMap<string, number>;
  /** Pre-order: every parent before its children, as React Flow requires of nested nodes. */
  readonly order: readonly string[];
};

const NO_CHILDREN: readonly string[] = [];

/**
 * Resolves `parent_id` into a forest. The platform checks neither that a parent exists nor that
 * PATCHed parents form no cycle, so a missing parent makes a root and a cycle is cut at its oldest row.
 */
export function buildTree(rows: readonly WorkspaceRow[]): WorkspaceTree {
  const rank = new Map(rows.map((r, i) => [r.id, i]));
  const parentOf = new Map<string, string | null>();
  for (const r of rows)
    parentOf.set(r.id, r.parent_id !== null && rank.has(r.parent_id) ? r.parent_id : null);

  const settled = new Set<string>();
  for (const r of rows) {
    const path: string[] = [];
    let current: string | null = r.id;
    while (current !== null && !settled.has(current) && !path.includes(current)) {
      path.push(current);
      current = parentOf.get(current) ?? null;
    }
    if (current !== null && !settled.has(current)) {
      const cycle = path.slice(path.indexOf(current));
      const oldest = cycle.reduce((a, b) => ((rank.get(a) ?? 0) <= (rank.get(b) ?? 0) ? a : b));
      parentOf.set(oldest, null);
    }
    for (const id of path) settled.add(id);
  }

  const childrenOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const r of rows) {
    const parent = parentOf.get(r.id) ?? null;
    if (parent === null) roots.push(r.id);
    else childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), r.id]);
  }

  const depthOf = new Map<string, number>();
  const order: string[] = [];
  const stack = roots.map((id) => ({ id, depth: 0 })).reverse();
  for (let item = stack.pop(); item; item = stack.pop()) {
    depthOf.set(item.id, item.depth);
    order.push(item.id);
    const children = childrenOf.get(item.id) ?? NO_CHILDREN;
    for (const child of [...children].reverse()) stack.push({ id: child, depth: item.depth + 1 });
  }
  return { roots, parentOf, childrenOf, depthOf, order };
}

/** Every descendant of `id` at any depth, parents before children. */
export function descendantsOf(tree: WorkspaceTree, id: string): string[] {
  const found: string[] = [];
  const stack = [...(tree.childrenOf.get(id) ?? NO_CHILDREN)].reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    found.push(next);
    const children = tree.childrenOf.get(next) ?? NO_CHILDREN;
    stack.push(...[...children].reverse());
  }
  return found;
}
