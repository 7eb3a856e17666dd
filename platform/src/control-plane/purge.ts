import { randomUUID } from "node:crypto";
import type { Ctx } from "../context";
import { HttpError } from "../http/errors";
import { setOrgStatus } from "./orgs-db";
import { cancelProvisioning } from "./provisioning";

export const PURGE_STEPS = [
  { id: "stop_agents", label: "Stop the org's agents" },
  { id: "delete_tenant_data", label: "Delete workspaces and tenant data" },
  { id: "delete_org", label: "Delete the org" },
] as const;
type PurgeStepId = (typeof PURGE_STEPS)[number]["id"];

/** Injected purge faults fire once per org and process, so the retried DELETE can resume. */
const firedFaults = new WeakMap<Ctx, Set<string>>();

async function orgTables(ctx: Ctx): Promise<string[]> {
  const r = await ctx.db.pg.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'org_id'
       AND table_name NOT LIKE 'cp\\_%' AND table_name NOT IN ('workspaces')`,
  );
  return r.rows.map((row) => row.table_name);
}

const STEP_WORK: Record<PurgeStepId, (ctx: Ctx, orgId: string) => Promise<void>> = {
  async stop_agents(ctx, orgId) {
    cancelProvisioning(ctx, orgId);
    const ids = await ctx.db.pg.query<{ id: string }>("SELECT id FROM workspaces WHERE org_id = $1", [orgId]);
    for (const { id } of ids.rows) await ctx.provisioner.stop(id);
  },
  async delete_tenant_data(ctx, orgId) {
    const tables = await orgTables(ctx);
    await ctx.db.tx(async (tx) => {
      await tx.query("DELETE FROM workspaces WHERE org_id = $1", [orgId]);
      for (const t of tables) await tx.query(`DELETE FROM "${t}" WHERE org_id = $1`, [orgId]);
    });
  },
  async delete_org(ctx, orgId) {
    await ctx.db.tx(async (tx) => {
      await tx.query("DELETE FROM cp_org_members WHERE org_id = $1", [orgId]);
      await tx.query("DELETE FROM cp_orgs WHERE org_id = $1", [orgId]);
      await tx.query("DELETE FROM orgs WHERE id = $1", [orgId]);
      await tx.query("UPDATE cp_purges SET finished_at = now(), last_step = 'delete_org' WHERE org_id = $1", [
        orgId,
      ]);
    });
  },
};

type PurgeProgress = {
  purge_id: string;
  steps: { id: string; label: string; state: "done" | "failed" | "pending" }[];
};

const progress = (purgeId: string, doneCount: number, failedAt: number | null): PurgeProgress => ({
  purge_id: purgeId,
  steps: PURGE_STEPS.map((s, i) => ({
    id: s.id,
    label: s.label,
    state: i < doneCount ? "done" : i === failedAt ? "failed" : "pending",
  })),
});

/**
 * The user DELETE cascade (control-plane §4.2): stop agents → delete tenant data → delete org,
 * each step idempotent and checkpointed in `cp_purges.last_step`, so a retried DELETE resumes.
 * A failed step answers 500 with `purge_id` and the step states.
 */
export async function purgeOrg(
  ctx: Ctx,
  org: { id: string; slug: string },
  userId: string,
): Promise<PurgeProgress> {
  const q = ctx.db.pg;
  const open = await q.query<{ id: string; last_step: string | null }>(
    "SELECT id, last_step FROM cp_purges WHERE org_id = $1 AND finished_at IS NULL ORDER BY started_at LIMIT 1",
    [org.id],
  );
  let purge = open.rows[0];
  if (!purge) {
    purge = { id: randomUUID(), last_step: null };
    await q.query("INSERT INTO cp_purges (id, org_id, slug, user_id) VALUES ($1, $2, $3, $4)", [
      purge.id,
      org.id,
      org.slug,
      userId,
    ]);
  }
  await setOrgStatus(q, org.id, "purging");
  const start = PURGE_STEPS.findIndex((s) => s.id === purge.last_step) + 1;
  const fired = firedFaults.get(ctx) ?? new Set<string>();
  firedFaults.set(ctx, fired);
  for (let i = start; i < PURGE_STEPS.length; i += 1) {
    const step = PURGE_STEPS[i]!;
    try {
      if (ctx.config.controlPlane.purgeFaultStep === step.id && !fired.has(org.id)) {
        fired.add(org.id);
        throw new Error(`injected purge fault at ${step.id}`);
      }
      await STEP_WORK[step.id](ctx, org.id);
      if (step.id !== "delete_org")
        await q.query("UPDATE cp_purges SET last_step = $2 WHERE id = $1", [purge.id, step.id]);
    } catch (err) {
      ctx.log.warn(`purge of ${org.slug} failed at ${step.id}`, err);
      throw new HttpError(
        500,
        "purge cascade failed; retry the request to resume",
        "purge_incomplete",
        progress(purge.id, i, i),
      );
    }
  }
  return progress(purge.id, PURGE_STEPS.length, null);
}

/** Clears a failed tenant before a retried provision: the same first two steps, without the org. */
export async function resetTenant(ctx: Ctx, orgId: string): Promise<void> {
  await STEP_WORK.stop_agents(ctx, orgId);
  await STEP_WORK.delete_tenant_data(ctx, orgId);
}
