import type { Ctx } from "../context";
import { getWorkspace, setStatus, type WorkspaceRecord } from "../db/workspaces";

const NO_PROVISIONER = "Docker not available on this platform instance";

/**
 * Hands a `provisioning` workspace to the provisioner. With `MOLECULE_PROVISIONER=none` it
 * stays `provisioning` until its agent registers; a missing local provisioner fails it the
 * way upstream does without Docker.
 */
export async function startProvisioning(ctx: Ctx, orgId: string, rec: WorkspaceRecord): Promise<void> {
  if (ctx.provisioner.available) {
    ctx.provisioner.provision(orgId, rec.id);
    return;
  }
  if (ctx.config.provisioner === "none") return;
  await setStatus(ctx.db.pg, orgId, rec.id, "failed", { last_sample_error: NO_PROVISIONER });
  await ctx.events.publish(orgId, "WORKSPACE_PROVISION_FAILED", rec.id, { error: NO_PROVISIONER });
}

/** Status changes that end a provisioning attempt (used to pace org imports). */
export const PROVISION_SETTLED = new Set([
  "WORKSPACE_ONLINE",
  "WORKSPACE_PROVISION_FAILED",
  "WORKSPACE_REMOVED",
]);

/**
 * Restarts one workspace: `provisioning` with `url=""` before anything else, the
 * PROVISIONING event, then stop + provision. Returns null, touching nothing, when the
 * org-scoped update finds no row: an id of another org never reaches the provisioner.
 */
export async function restartWorkspace(ctx: Ctx, orgId: string, id: string): Promise<WorkspaceRecord | null> {
  const rec = await setStatus(ctx.db.pg, orgId, id, "provisioning", { url: "", provisioning: null });
  if (!rec) return null;
  await ctx.events.publish(orgId, "WORKSPACE_PROVISIONING", id, {
    name: rec.name,
    tier: rec.tier,
    runtime: rec.runtime,
  });
  await ctx.provisioner.stop(id).catch((err) => ctx.log.warn(`stopping ${id} before restart failed`, err));
  await startProvisioning(ctx, orgId, rec);
  return rec;
}

/**
 * Background restart after a config change (secrets): skipped without a provisioner and for
 * workspaces a restart must not touch (contract §7 auto-restart rules).
 */
export async function restartInBackground(ctx: Ctx, orgId: string, ids: string[]): Promise<void> {
  if (!ctx.provisioner.available) return;
  for (const id of ids) {
    try {
      const rec = await getWorkspace(ctx.db.pg, orgId, id);
      if (!rec || rec.external || ["removed", "paused", "hibernated"].includes(rec.status)) continue;
      await restartWorkspace(ctx, orgId, id);
    } catch (err) {
      ctx.log.warn(`background restart of ${id} failed`, err);
    }
  }
}

/** The workspace's ancestors, nearest first (depth-capped). */
export async function ancestorsOf(ctx: Ctx, orgId: string, rec: WorkspaceRecord): Promise<WorkspaceRecord[]> {
  const out: WorkspaceRecord[] = [];
  let parentId = rec.parent_id;
  while (parentId && out.length < 32) {
    const parent = await getWorkspace(ctx.db.pg, orgId, parentId);
    if (!parent) break;
    out.push(parent);
    parentId = parent.parent_id;
  }
  return out;
}
