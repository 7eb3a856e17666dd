import type { QueryClient } from "@tanstack/react-query";
import {
  deleteConfirmationSchema,
  deleteWorkspaceResponseSchema,
  pauseResponseSchema,
  restartResponseSchema,
  resumeResponseSchema,
  statusReplySchema,
  type PatchWorkspaceRequest,
  type WorkspaceRow,
} from "@/lib/contract";
import type { LocalEdits } from "@/lib/events/local-edits";
import { ApiError, api, type RequestOptions } from "./client";
import { workspaceQueries } from "./workspaces";

const workspacePath = (id: string, action = "") =>
  `/workspaces/${encodeURIComponent(id)}${action === "" ? "" : `/${action}`}`;

/** `PATCH /workspaces/:id`: any subset of the editable fields; x and y travel together. */
export const patchWorkspace = (id: string, body: PatchWorkspaceRequest, options?: RequestOptions) =>
  api.patch(workspacePath(id), body, statusReplySchema, options);

export type DeleteOutcome =
  | { kind: "removed"; cascadeDeleted: number }
  | { kind: "confirmation-required"; message: string; children: { id: string; name: string }[] };

/**
 * `DELETE /workspaces/:id`. Without `confirm`, a team answers 409 with its children: that is a
 * question for the user, not a failure, so it resolves as `confirmation-required`; a 404 means
 * it is gone already, which is what the user asked for.
 */
export async function deleteWorkspace(
  id: string,
  { confirm = false }: { confirm?: boolean } = {},
  options?: RequestOptions,
): Promise<DeleteOutcome> {
  const path = `${workspacePath(id)}${confirm ? "?confirm=true" : ""}`;
  try {
    const reply = await api.del(path, deleteWorkspaceResponseSchema, options);
    return { kind: "removed", cascadeDeleted: reply.cascade_deleted };
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) {
      const asked = deleteConfirmationSchema.safeParse(err.body);
      if (asked.success)
        return { kind: "confirmation-required", message: asked.data.message, children: asked.data.children };
    }
    // Our platform answers 404 for a workspace that is already gone (another tab removed it).
    if (err instanceof ApiError && err.status === 404) return { kind: "removed", cascadeDeleted: 0 };
    throw err;
  }
}

/** `POST /workspaces/:id/restart`: back to provisioning; progress arrives as events. */
export const restartWorkspace = (id: string, options?: RequestOptions) =>
  api.post(workspacePath(id, "restart"), {}, restartResponseSchema, options);

/** `POST /workspaces/:id/pause`: pauses the workspace and its descendants. */
export const pauseWorkspace = (id: string, options?: RequestOptions) =>
  api.post(workspacePath(id, "pause"), {}, pauseResponseSchema, options);

/** `POST /workspaces/:id/resume`: provisions the paused workspace (and descendants) again. */
export const resumeWorkspace = (id: string, options?: RequestOptions) =>
  api.post(workspacePath(id, "resume"), {}, resumeResponseSchema, options);

/** The fields a PATCH changes on a cached row (same names on the wire and in the row). */
export type RowPatch = Partial<
  Pick<WorkspaceRow, "name" | "role" | "tier" | "parent_id" | "collapsed" | "x" | "y">
>;

function toRowPatch(body: PatchWorkspaceRequest): RowPatch {
  const { name, role, tier, parent_id, collapsed, x, y } = body;
  const patch: RowPatch = { name, role, tier, parent_id, collapsed, x, y };
  for (const key of Object.keys(patch) as (keyof RowPatch)[]) if (patch[key] === undefined) delete patch[key];
  return patch;
}

/**
 * Applies patches to rows in the list cache at once and returns a rollback. The rollback puts back
 * only the fields it changed, and only where they still hold its values, so events that arrived
 * meanwhile (someone else's rename, a status change) survive.
 */
export function applyOptimisticPatches(
  queryClient: QueryClient,
  patches: ReadonlyMap<string, PatchWorkspaceRequest>,
): () => void {
  const key = workspaceQueries.list().queryKey;
  const before = new Map<string, RowPatch>();
  const applied = new Map<string, RowPatch>();
  queryClient.setQueryData(key, (rows) =>
    rows?.map((row) => {
      const body = patches.get(row.id);
      if (!body) return row;
      const patch = toRowPatch(body);
      const previous: RowPatch = {};
      for (const k of Object.keys(patch) as (keyof RowPatch)[]) Object.assign(previous, { [k]: row[k] });
      before.set(row.id, previous);
      applied.set(row.id, patch);
      return { ...row, ...patch };
    }),
  );
  return () =>
    queryClient.setQueryData(key, (rows) =>
      rows?.map((row) => {
        const previous = before.get(row.id);
        const patch = applied.get(row.id);
        if (!previous || !patch) return row;
        const restore: RowPatch = {};
        for (const k of Object.keys(patch) as (keyof RowPatch)[])
          if (row[k] === patch[k]) Object.assign(restore, { [k]: previous[k] });
        return Object.keys(restore).length === 0 ? row : { ...row, ...restore };
      }),
    );
}

/** Where an optimistic save shows its edit: the query cache, and the live session's pending edits. */
export type EditTarget = { queryClient: QueryClient; localEdits: LocalEdits };

/**
 * Shows one row's patch at once and returns the save: a failed save puts the row back. The edit is
 * recorded as pending, so the socket's echo of an older save cannot undo it on screen meanwhile.
 */
function beginOptimisticSave(
  { queryClient, localEdits }: EditTarget,
  id: string,
  body: PatchWorkspaceRequest,
) {
  // Recorded first: the binding lays pending edits over every change to the list, this one included.
  const edit = localEdits.begin(id, toRowPatch(body));
  const rollback = applyOptimisticPatches(queryClient, new Map([[id, body]]));
  return async () => {
    try {
      await patchWorkspace(id, body);
      edit.saved();
    } catch (err) {
      edit.failed();
      rollback();
      throw err;
    }
  };
}

/** Optimistically patches one row, sends the PATCH, and rolls the row back if the save fails. */
export async function patchWorkspaceOptimistic(
  target: EditTarget,
  id: string,
  body: PatchWorkspaceRequest,
): Promise<void> {
  await beginOptimisticSave(target, id, body)();
}

/** Results of a batch save: which ids failed and why, in the order they were sent. */
export type BatchFailure = { id: string; error: unknown };

/**
 * One PATCH per workspace (the contract has no batch route), at most `concurrency` in flight,
 * each optimistic and rolled back on its own failure. Resolves with the failures.
 */
export async function patchWorkspacesOptimistic(
  target: EditTarget,
  patches: ReadonlyMap<string, PatchWorkspaceRequest>,
  concurrency = 4,
): Promise<BatchFailure[]> {
  const queue = [...patches].map(([id, body]) => ({ id, save: beginOptimisticSave(target, id, body) }));
  const failures: BatchFailure[] = [];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      try {
        await item.save();
      } catch (error) {
        failures.push({ id: item.id, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, patches.size) }, worker));
  return failures;
}
