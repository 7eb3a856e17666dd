import type { PatchWorkspaceRequest } from "@/lib/contract";
import type { Ctx } from "../context";
import { loadParentMap } from "../db/hierarchy";
import { getWorkspace, toWorkspaceRow, updateWorkspace } from "../db/workspaces";
import { isValidWorkspaceDir, wouldCycle } from "../domain/workspace-rules";

export type UpdateOutcome =
  /** `needsRestart`: the host mount changed, which the running agent only sees after a restart. */
  | { kind: "updated"; needsRestart: boolean }
  | { kind: "not_found" }
  | { kind: "invalid_directory" }
  | { kind: "parent_not_found" }
  | { kind: "parent_cycle" };

/**
 * `PATCH /workspaces/:id` after parsing and the caller's field check (contract §2.3): a new
 * parent must be a live workspace of the org that does not sit below this one.
 */
export async function updateWorkspaceFields(
  ctx: Ctx,
  orgId: string,
  id: string,
  body: PatchWorkspaceRequest,
): Promise<UpdateOutcome> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.status === "removed") return { kind: "not_found" };
  if (typeof body.workspace_dir === "string" && !isValidWorkspaceDir(body.workspace_dir)) {
    return { kind: "invalid_directory" };
  }
  const parentId = body.parent_id?.toLowerCase();
  if (parentId) {
    const parents = await loadParentMap(ctx.db.pg, orgId);
    const parent = await getWorkspace(ctx.db.pg, orgId, parentId);
    if (!parent || parent.status === "removed") return { kind: "parent_not_found" };
    if (wouldCycle(id, parentId, (x) => parents.get(x))) return { kind: "parent_cycle" };
  }
  const updated = await updateWorkspace(ctx.db.pg, orgId, id, {
    name: body.name,
    role: body.role === undefined ? undefined : body.role || null,
    tier: body.tier,
    parent_id: body.parent_id === undefined ? undefined : (parentId ?? null),
    runtime: body.runtime,
    workspace_dir: body.workspace_dir,
    collapsed: body.collapsed,
    x: body.x,
    y: body.y,
  });
  if (!updated) return { kind: "not_found" };
  await ctx.events.publish(orgId, "WORKSPACE_UPDATED", id, toWorkspaceRow(updated));
  return { kind: "updated", needsRestart: body.workspace_dir !== undefined };
}
