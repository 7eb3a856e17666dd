import type { Ctx } from "../context";
import { hasPausedAncestor } from "../db/registry";
import { getWorkspace, setStatus, type WorkspaceRecord } from "../db/workspaces";
import { restartWorkspace } from "../lifecycle/provision";

/** Liveness lost: `offline` and `WORKSPACE_OFFLINE {}` (contract §7 step 6). */
export async function markOffline(ctx: Ctx, orgId: string, rec: WorkspaceRecord): Promise<void> {
  await setStatus(ctx.db.pg, orgId, rec.id, "offline", { active_tasks: 0, current_task: "" });
  await ctx.events.publish(orgId, "WORKSPACE_OFFLINE", rec.id, {});
}

/**
 * Restarts an agent whose liveness was lost, unless it must stay down: removed, paused,
 * hibernated, external, or under a paused ancestor (contract §7). Needs a provisioner.
 */
export async function autoRestart(ctx: Ctx, orgId: string, id: string): Promise<void> {
  if (!ctx.provisioner.available) return;
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.external || rec.runtime === "external") return;
  if (rec.status !== "offline") return;
  if (await hasPausedAncestor(ctx.db.pg, orgId, id)) return;
  await restartWorkspace(ctx, orgId, id);
}
