import { useQuery } from "@tanstack/react-query";
import type { WorkspaceRow } from "@/lib/contract";
import { selectWorkspace } from "@/lib/events/workspace-index";
import { workspaceQueries } from "./workspaces";

/** One workspace from the cached list; re-renders only when that row changes. */
export function useWorkspaceRow(id: string | null): WorkspaceRow | undefined {
  return useQuery({
    ...workspaceQueries.list(),
    select: (rows) => (id === null ? undefined : selectWorkspace(rows, id)),
  }).data;
}

const NO_ROWS: readonly WorkspaceRow[] = [];

/** The whole cached list (empty while loading), for dialogs that need names and the hierarchy. */
export function useWorkspaceRows(): readonly WorkspaceRow[] {
  return useQuery(workspaceQueries.list()).data ?? NO_ROWS;
}
