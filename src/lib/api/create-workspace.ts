import { createWorkspaceResponseSchema, type CreateWorkspaceRequest } from "@/lib/contract";
import { api, type RequestOptions } from "./client";
import { workspaceQueries } from "./workspaces";
import { whenPlaced } from "./when-listed";
import { patchWorkspaceOptimistic, type EditTarget } from "./workspace-mutations";

/**
 * `POST /workspaces`. An external workspace without a URL answers with a connection snippet
 * whose token the platform never shows again.
 */
export const createWorkspace = (body: CreateWorkspaceRequest, options?: RequestOptions) =>
  api.post("/workspaces", body, createWorkspaceResponseSchema, options);

/**
 * Waits for a just-created workspace to be listed and placed, then moves it to `position` if one was
 * asked for. The creation event carries no position, so the chart first places the row itself; moving
 * it afterwards (rather than sending `canvas` at create) leaves no race with that placement.
 * Resolves false when the row never showed up.
 */
export async function settleCreated(
  target: EditTarget,
  id: string,
  position: { x: number; y: number } | undefined,
): Promise<boolean> {
  const { queryClient } = target;
  // The creation event carries no team or role either; one refetch brings the full row.
  void queryClient.invalidateQueries({ queryKey: workspaceQueries.all() });
  if (!(await whenPlaced(queryClient, id))) return false;
  if (position) await patchWorkspaceOptimistic(target, id, position).catch(() => undefined);
  return true;
}
