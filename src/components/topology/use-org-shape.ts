import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { workspaceQueries } from "@/lib/api/workspaces";
import type { WorkspaceRow } from "@/lib/contract";
import { visibleAncestors } from "@/lib/topology/visible-ancestors";

type ShapeRow = readonly [
  id: string,
  parentId: string | null,
  collapsed: boolean,
  name: string,
  x: number,
  y: number,
];

// Only what the overlay needs; structural sharing keeps this array identical across heartbeats.
const selectShape = (rows: WorkspaceRow[]): ShapeRow[] =>
  rows.map((r) => [r.id, r.parent_id, r.collapsed, r.name, r.x, r.y] as const);

export type OrgShape = {
  parentOf: ReadonlyMap<string, string | null>;
  shownAs: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
  /** Top-left of the org's saved positions, where the user's pseudo-card is placed. */
  origin: { x: number; y: number };
};

/** The hierarchy, collapsed teams and names from the cached workspace list. */
export function useOrgShape(): OrgShape {
  const { data } = useQuery({ ...workspaceQueries.list(), select: selectShape });
  return useMemo(() => {
    const shape = data ?? [];
    const ids = new Set(shape.map(([id]) => id));
    const parentOf = new Map(
      shape.map(([id, parent]) => [id, parent !== null && ids.has(parent) ? parent : null]),
    );
    const collapsed = new Set(shape.filter(([, , isCollapsed]) => isCollapsed).map(([id]) => id));
    const xs = shape.map(([, , , , x]) => x);
    const ys = shape.map(([, , , , , y]) => y);
    return {
      parentOf,
      shownAs: visibleAncestors(parentOf, collapsed),
      names: new Map(shape.map(([id, , , name]) => [id, name])),
      origin: { x: xs.length ? Math.min(...xs) : 0, y: ys.length ? Math.min(...ys) : 0 },
    };
  }, [data]);
}
