import { queryOptions } from "@tanstack/react-query";
import { workspaceDetailSchema, workspaceListSchema } from "@/lib/contract/workspace";
import { api, type RequestOptions } from "./client";

/** `GET /workspaces`: every workspace of the org, a flat list. */
export const listWorkspaces = (options?: RequestOptions) =>
  api.get("/workspaces", workspaceListSchema, options);

/** `GET /workspaces/:id`: one workspace, including a removed one. */
export const getWorkspace = (id: string, options?: RequestOptions) =>
  api.get(`/workspaces/${encodeURIComponent(id)}`, workspaceDetailSchema, options);

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
