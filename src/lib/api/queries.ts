import { queryOptions } from "@tanstack/react-query";
import { getWorkspace, listWorkspaces } from "./workspaces";

/** Query keys and fetchers for workspaces; invalidate by the `all()` prefix, never a typed key. */
export const workspaceQueries = {
  all: () => ["workspaces"] as const,
  // Pushed events keep the list fresh, so it never goes stale on a timer.
  list: () =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), "list"] as const,
      queryFn: ({ signal }) => listWorkspaces({ signal }),
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), "detail", id] as const,
      queryFn: ({ signal }) => getWorkspace(id, { signal }),
    }),
};
