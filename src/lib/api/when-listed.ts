import type { QueryClient } from "@tanstack/react-query";
import { selectWorkspace } from "@/lib/events/workspace-index";
import { workspaceQueries } from "./queries";

/**
 * Resolves true once the cached workspace list holds `id` (its creation event or a refetch has
 * landed), or false after `timeoutMs`; lets a caller act on a card that does not exist yet.
 */
export function whenListed(queryClient: QueryClient, id: string, timeoutMs = 15_000): Promise<boolean> {
  const key = workspaceQueries.list().queryKey;
  const isListed = () => {
    const rows = queryClient.getQueryData(key);
    return rows !== undefined && selectWorkspace(rows, id) !== undefined;
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
