import { randomUUID } from "node:crypto";
import type { PurgeStep } from "@/lib/contract";
import type { Ctx } from "../context";
import { setOrgStatus } from "../db/orgs";
import { deleteOrgClosingPurge, deleteTenantData, insertPurge, openPurge, setPurgeStep } from "../db/purges";
import { allWorkspaceIds } from "../db/workspaces";
import { cancelProvisioning } from "./provisioning";

export const PURGE_STEPS = [
  { id: "stop_agents", label: "Stop the org's agents" },
  { id: "delete_tenant_data", label: "Delete workspaces and tenant data" },
  { id: "delete_org", label: "Delete the org" },
] as const;
type PurgeStepId = (typeof PURGE_STEPS)[number]["id"];

/** Injected purge faults fire once per org and process, so the retried DELETE can resume. */
const firedFaults = new WeakMap<Ctx, Set<string>>();

const STEP_WORK: Record<PurgeStepId, (ctx: Ctx, orgId: string) => Promise<void>> = {
  async stop_agents(ctx, orgId) {
    cancelProvisioning(ctx, orgId);
    for (const id of await allWorkspaceIds(ctx.db.pg, orgId)) await ctx.provisioner.stop(id);
  },
  delete_tenant_data: (ctx, orgId) => deleteTenantData(ctx.db, orgId),
  delete_org: (ctx, orgId) => deleteOrgClosingPurge(ctx.db, orgId),
};

type PurgeProgress = { purge_id: string; steps: PurgeStep[] };

/** `incomplete` carries the step states so the caller sees where a retried DELETE will resume. */
export type PurgeOutcome =
  { kind: "purged"; progress: PurgeProgress } | { kind: "incomplete"; progress: PurgeProgress };

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
 * A failed step stops the cascade and reports the step states.
 */
export async function purgeOrg(
  ctx: Ctx,
  org: { id: string; slug: string },
  userId: string,
): Promise<PurgeOutcome> {
  const q = ctx.db.pg;
  let purge = await openPurge(q, org.id);
  if (!purge) {
    purge = { id: randomUUID(), last_step: null };
    await insertPurge(q, { id: purge.id, orgId: org.id, slug: org.slug, userId });
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
      if (step.id !== "delete_org") await setPurgeStep(q, purge.id, step.id);
    } catch (err) {
      ctx.log.warn(`purge of ${org.slug} failed at ${step.id}`, err);
      return { kind: "incomplete", progress: progress(purge.id, i, i) };
    }
  }
  return { kind: "purged", progress: progress(purge.id, PURGE_STEPS.length, null) };
}

/** Clears a failed tenant before a retried provision: the same first two steps, without the org. */
export async function resetTenant(ctx: Ctx, orgId: string): Promise<void> {
  await STEP_WORK.stop_agents(ctx, orgId);
  await STEP_WORK.delete_tenant_data(ctx, orgId);
}
