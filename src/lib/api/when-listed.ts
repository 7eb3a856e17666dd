import type { QueryClient } from "@tanstack/react-query";
import type { WorkspaceRow } from "@/lib/contract";
import { selectWorkspace } from "@/lib/events/workspace-index";
import { needsPlacement } from "@/lib/graph/place-unpositioned";
import { workspaceQueries } from "./workspaces";

/**
 * Resolves true once the cached workspace list holds `id` in a state `isReady` accepts (e.g. placed
 * on the chart), or false after `timeoutMs`; lets a caller act on a card that does not exist yet.
 */
export function whenListed(
  queryClient: QueryClient,
  id: string,
  isReady: (row: WorkspaceRow) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<boolean> {
  const key = workspaceQueries.list().queryKey;
  const isListed = () => {
    const rows = queryClient.getQueryData(key);
    const row = rows && selectWorkspace(rows, id);
    return row !== undefined && isReady(row);
  };
  if (isListed()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (found: boolean) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(found);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (isListed()) finish(true);
    });
  });
}

/** Resolves once the workspace is listed and placed: focusing a row still at 0,0 would pan to the origin. */
export const whenPlaced = (queryClient: QueryClient, id: string) =>
  whenListed(queryClient, id, (row) => !needsPlacement(row));
