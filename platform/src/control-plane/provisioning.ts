import { randomUUID } from "node:crypto";
import { isReachable } from "@/lib/contract";
import type { Ctx } from "../context";
import type { Queryable } from "../db/database";
import { hasControlPlaneOrg, setOrgStatus } from "../db/orgs";
import {
  finishProvision,
  insertProvision,
  interruptUnfinishedProvisions,
  saveStages,
} from "../db/provisions";
import { listWorkspaces } from "../db/workspaces";
import { STAGE_PLAN, timeScaleFactor, type StageId, type StageRecord } from "../domain/provision-plan";
import { pause, runInBackground } from "../lifecycle/background";
import { importOrg } from "../lifecycle/org-import";
import { listTemplates } from "../templates/catalog";
import { readOrgTemplate, type OrgTemplate } from "../templates/org-catalog";

const running = new WeakMap<Ctx, Map<string, AbortController>>();
const runsOf = (ctx: Ctx) => {
  let m = running.get(ctx);
  if (!m) running.set(ctx, (m = new Map()));
  return m;
};

class StageFailure extends Error {}

type Org = { id: string; slug: string };
type Scratch = { template?: OrgTemplate };

/** The real work behind each §6.1 stage name for a local tenant. */
const STEPS: Record<StageId, (ctx: Ctx, org: Org, scratch: Scratch, signal: AbortSignal) => Promise<void>> = {
  async launching(ctx, org) {
    if (!(await hasControlPlaneOrg(ctx.db.pg, org.id)))
      throw new StageFailure("The org's records are missing.");
  },
  async booting(ctx, _org, scratch) {
    const found = await readOrgTemplate(ctx.config.controlPlane.starterTemplate);
    if (found.kind !== "ok") throw new StageFailure("The starter team template is unavailable.");
    scratch.template = found.template;
  },
  async pulling_image(_ctx, _org, scratch) {
    const known = new Set((await listTemplates()).map((t) => t.id));
    const walk = (nodes: OrgTemplate["workspaces"]): boolean =>
      nodes.every((n) => (n.template === undefined || known.has(n.template)) && walk(n.children ?? []));
    if (!scratch.template || !walk(scratch.template.workspaces))
      throw new StageFailure("A template of the starter team is missing.");
  },
  async starting_services(ctx, org, scratch) {
    // pulling_image checked every template, so a refusal here is a bug, not the user's to fix.
    const out = await importOrg(ctx, org.id, scratch.template!);
    if (out.kind !== "imported") throw new Error(`starter team names an unknown template ${out.template}`);
  },
  async health_check(ctx, org, _scratch, signal) {
    if (!ctx.provisioner.available) return; // agents run elsewhere: nothing here to check
    const deadline = Date.now() + ctx.config.controlPlane.healthTimeoutS * 1000;
    while (!signal.aborted) {
      const team = (await listWorkspaces(ctx.db.pg, org.id)).filter((w) => !w.external);
      if (team.some((w) => w.status === "failed"))
        throw new StageFailure("An agent of the starter team failed to start.");
      if (team.every((w) => isReachable(w.status))) return;
      if (Date.now() > deadline) throw new StageFailure("The starter team did not come online in time.");
      await pause(250, signal);
    }
  },
  async tunnel_dns_tls(ctx) {
    const res = await fetch(new URL("/health", ctx.config.publicUrl), { signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new StageFailure("The tenant host does not answer.");
  },
  async ready_check(ctx, org) {
    if ((await listWorkspaces(ctx.db.pg, org.id)).length === 0)
      throw new StageFailure("The tenant answers but has no workspaces.");
  },
};

/** Starts provisioning a new tenant in the background; progress is stored per stage with server timestamps. */
export async function startTenantProvisioning(ctx: Ctx, org: Org): Promise<void> {
  const id = randomUUID();
  const stages: StageRecord[] = STAGE_PLAN.map((s) => ({ id: s.id, label: s.label, state: "pending" }));
  await insertProvision(ctx.db.pg, id, org.id, stages);
  await setOrgStatus(ctx.db.pg, org.id, "provisioning");
  const controller = new AbortController();
  runsOf(ctx).set(org.id, controller);
  runInBackground(ctx, `provisioning ${org.slug}`, async (shutdown) => {
    const signal = AbortSignal.any([shutdown, controller.signal]);
    try {
      await runStages(ctx, org, id, stages, signal);
    } finally {
      if (runsOf(ctx).get(org.id) === controller) runsOf(ctx).delete(org.id);
    }
  });
}

/** Stops a provision in flight (the purge does this before it stops agents). */
export function cancelProvisioning(ctx: Ctx, orgId: string): void {
  runsOf(ctx).get(orgId)?.abort();
}

async function runStages(ctx: Ctx, org: Org, id: string, stages: StageRecord[], signal: AbortSignal) {
  const factor = timeScaleFactor(ctx.config.timeScale);
  const fault = ctx.config.controlPlane.provisionFault;
  const scratch: Scratch = {};
  for (const [i, plan] of STAGE_PLAN.entries()) {
    const stage = stages[i]!;
    Object.assign(stage, { state: "active", started_at: new Date().toISOString() });
    await saveStages(ctx.db.pg, id, stages);
    const began = Date.now();
    try {
      const hit = fault && fault.stage === plan.id && (fault.slug === null || fault.slug === org.slug);
      if (hit && fault.kind === "stall") return await pause(2 ** 31 - 1, signal);
      if (hit)
        throw new StageFailure(`Provisioning failed while ${plan.label.toLowerCase()} (injected fault).`);
      await STEPS[plan.id](ctx, org, scratch, signal);
      await pause(plan.typicalS * factor * 1000 - (Date.now() - began), signal);
    } catch (err) {
      if (signal.aborted) return;
      Object.assign(stage, { state: "failed", finished_at: new Date().toISOString() });
      await saveStages(ctx.db.pg, id, stages);
      const message = err instanceof StageFailure ? err.message : "Provisioning failed unexpectedly.";
      if (!(err instanceof StageFailure)) ctx.log.error(`provisioning ${org.slug} failed`, err);
      await finishProvision(ctx.db.pg, id, "failed");
      await setOrgStatus(ctx.db.pg, org.id, "failed", message);
      return;
    }
    if (signal.aborted) return;
    Object.assign(stage, { state: "done", finished_at: new Date().toISOString() });
    await saveStages(ctx.db.pg, id, stages);
  }
  await finishProvision(ctx.db.pg, id, "ok");
  await setOrgStatus(ctx.db.pg, org.id, "running");
}

/** After a restart nothing is running: unfinished provisions become failures the user can retry. */
export async function failInterruptedProvisions(q: Queryable): Promise<void> {
  for (const orgId of await interruptUnfinishedProvisions(q))
    await setOrgStatus(
      q,
      orgId,
      "failed",
      "Provisioning was interrupted by a platform restart. Retry to start again.",
    );
}
