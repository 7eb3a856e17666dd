import type { Ctx } from "../context";
import { listOrgIds } from "../db/orgs";
import { failStillProvisioning, provisioningWorkspaces } from "../db/registry";
import type { WorkspaceRecord } from "../db/workspaces";
import { provisionTimeoutMs } from "../domain/workspace-rules";

/** The sweep runs every 30 s upstream (contract §7). */
export const PROVISION_SWEEP_MS = 30_000;

/**
 * Fails every `provisioning` workspace older than its timeout (measured from `updated_at`).
 * One bad row is logged and skipped; the rest are still swept. Returns the ids it failed.
 */
export async function sweepProvisionTimeouts(ctx: Ctx, now = new Date()): Promise<string[]> {
  const failed: string[] = [];
  for (const orgId of await listOrgIds(ctx.db.pg)) {
    for (const rec of await provisioningWorkspaces(ctx.db.pg, orgId)) {
      try {
        if (await failIfOverdue(ctx, orgId, rec, now)) failed.push(rec.id);
      } catch (err) {
        ctx.log.error(`provision-timeout sweep: workspace ${rec.id} failed`, err);
      }
    }
  }
  return failed;
}

async function failIfOverdue(ctx: Ctx, orgId: string, rec: WorkspaceRecord, now: Date): Promise<boolean> {
  const limitMs = provisionTimeoutMs(
    rec.runtime,
    rec.provision_timeout_ms,
    ctx.config.provisionTimeoutOverrideSeconds,
  );
  if (now.getTime() - new Date(rec.updated_at).getTime() < limitMs) return false;
  const secs = Math.round(limitMs / 1000);
  const error = `provisioning timed out — no agent came online within ${secs} s`;
  if (!(await failStillProvisioning(ctx.db.pg, orgId, rec.id, error))) return false;
  await ctx.provisioner.stop(rec.id).catch((err) => ctx.log.warn(`stopping timed-out ${rec.id} failed`, err));
  await ctx.events.publish(orgId, "WORKSPACE_PROVISION_FAILED", rec.id, {
    error,
    timeout_secs: secs,
    runtime: rec.runtime,
    source: "provision_timeout_sweep",
  });
  return true;
}

/** Starts the supervised sweep; each tick records liveness as `provision-timeout`. */
export function startProvisionTimeoutLoop(ctx: Ctx, intervalMs = PROVISION_SWEEP_MS): void {
  ctx.supervisor.start({
    name: "provision-timeout",
    intervalMs,
    tick: async () => {
      await sweepProvisionTimeouts(ctx);
    },
  });
}
