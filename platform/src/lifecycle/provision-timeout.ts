import type { Ctx } from "../context";
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
  const orgs = await ctx.db.pg.query<{ id: string }>("SELECT id FROM orgs");
  for (const { id: orgId } of orgs.rows) {
    const r = await ctx.db.pg.query<WorkspaceRecord>(
      "SELECT * FROM workspaces WHERE org_id = $1 AND status = 'provisioning' ORDER BY updated_at",
      [orgId],
    );
    for (const rec of r.rows) {
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
  // Only a row still provisioning is failed: an agent may have registered since the select.
  const r = await ctx.db.pg.query(
    "UPDATE workspaces SET status = 'failed', last_sample_error = $3, updated_at = now() WHERE org_id = $1 AND id = $2 AND status = 'provisioning' RETURNING id",
    [orgId, rec.id, error],
  );
  if (r.rows.length === 0) return false;
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
