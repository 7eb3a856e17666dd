import { useCallback, useEffect, useRef, useState } from "react";
import type { PatchWorkspaceRequest, WorkspaceRow } from "@/lib/contract";
import type { Size } from "@/lib/graph/card-size";
import { layoutOrgChart } from "@/lib/graph/layout-org-chart";
import { placeUnpositioned } from "@/lib/graph/place-unpositioned";
import { keepUnmoved } from "@/lib/graph/positions";
import { teamsWithStrayMembers } from "@/lib/graph/stray-members";
import { workspaceQueries } from "@/lib/api/workspaces";
import { useEditTarget } from "@/lib/api/use-edit-target";
import { patchWorkspacesOptimistic } from "@/lib/api/workspace-mutations";
import { saveEdit } from "./save-edit";

/** How long cards glide to their tidied spots; the global reduced-motion rule makes it instant. */
export const TIDY_ANIMATION_MS = 400;

function positionPatches(
  rows: readonly WorkspaceRow[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
) {
  const apply = new Map<string, PatchWorkspaceRequest>();
  const revert = new Map<string, PatchWorkspaceRequest>();
  for (const row of rows) {
    const p = positions.get(row.id);
    if (!p) continue;
    const next = { x: Math.round(p.x), y: Math.round(p.y) };
    if (next.x === row.x && next.y === row.y) continue;
    apply.set(row.id, next);
    revert.set(row.id, { x: row.x, y: row.y });
  }
  return { apply, revert };
}

/**
 * Tidy (the whole org or one team, laid out by elkjs, animated, saved and undoable), the
 * first-load placement of workspaces that have no saved position yet, and re-laying out teams
 * whose members were saved outside them.
 */
export function useTidy(rows: readonly WorkspaceRow[] | undefined, sizes: ReadonlyMap<string, Size>) {
  const editTarget = useEditTarget();
  const { queryClient } = editTarget;
  const [isAnimating, setIsAnimating] = useState(false);
  const placedIds = useRef(new Set<string>());
  const containedIds = useRef(new Set<string>());
  const currentRows = useCallback(
    () => queryClient.getQueryData(workspaceQueries.list().queryKey) ?? [],
    [queryClient],
  );

  const tidy = useCallback(
    async (teamId: string | null) => {
      if (!rows || rows.length === 0) return;
      const positions = await layoutOrgChart(rows, { rootId: teamId ?? undefined, sizes });
      const { apply, revert } = positionPatches(rows, positions);
      if (apply.size === 0) return;
      const team = teamId === null ? undefined : rows.find((r) => r.id === teamId);
      setIsAnimating(true);
      setTimeout(() => setIsAnimating(false), TIDY_ANIMATION_MS);
      await saveEdit(editTarget, {
        label: team ? `Tidy ${team.name}` : "Tidy the org chart",
        apply,
        revert,
      });
    },
    [rows, sizes, editTarget],
  );

  // Rows at 0,0 have never been placed: place each once, below what the user already arranged.
  useEffect(() => {
    if (!rows) return;
    const fresh = rows.filter((r) => r.x === 0 && r.y === 0 && !placedIds.current.has(r.id));
    if (fresh.length === 0) return;
    for (const r of fresh) placedIds.current.add(r.id);
    void placeUnpositioned(rows, { sizes }).then((laidOut) => {
      const now = currentRows();
      const positions = keepUnmoved(laidOut, rows, now);
      if (positions.size === 0) return;
      // Not an undo entry: the user did not do this, and undoing it would only stack cards at 0,0.
      return patchWorkspacesOptimistic(editTarget, positionPatches(now, positions).apply);
    });
  }, [rows, sizes, editTarget, currentRows]);

  // A member hanging outside its team (rows laid out for another kind of chart): tidy that team once.
  useEffect(() => {
    if (!rows) return;
    const teams = teamsWithStrayMembers(rows).filter((id) => !containedIds.current.has(id));
    if (teams.length === 0) return;
    for (const id of teams) containedIds.current.add(id);
    void (async () => {
      for (const rootId of teams) {
        const laidOut = await layoutOrgChart(rows, { rootId, sizes });
        const now = currentRows();
        const positions = keepUnmoved(laidOut, rows, now);
        await patchWorkspacesOptimistic(editTarget, positionPatches(now, positions).apply);
      }
    })();
  }, [rows, sizes, editTarget, currentRows]);

  return { tidy, isAnimating };
}
