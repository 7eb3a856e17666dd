import type { ProvisionStatus } from "@/lib/contract";
import type { Ctx } from "../context";
import type { OrgRow } from "../db/orgs";
import { latestProvision, provisionHistory } from "../db/provisions";
import { estimateRemaining, timeScaleFactor } from "../domain/provision-plan";

/** Where a tenant's canvas lives: the app URL with the host swapped for `<slug>.<apex>` (port kept). */
export function tenantUrl(ctx: Ctx, slug: string): string {
  const url = new URL(ctx.config.appUrl);
  if (ctx.config.saasDomain) url.hostname = `${slug}.${ctx.config.saasDomain}`;
  return url.origin;
}

/**
 * `provision-status` (control-plane §4.2) with the §6.4 extension. Built from an explicit field
 * list: it never carries `org_id`, tokens or any other credential.
 */
export async function provisionStatus(ctx: Ctx, org: OrgRow): Promise<ProvisionStatus> {
  const run = await latestProvision(ctx.db.pg, org.id);
  const base = {
    status: org.status,
    ...(org.error ? { error: org.error } : {}),
    ...(org.status === "running" ? { url: tenantUrl(ctx, org.slug) } : {}),
  };
  if (!run) return base;
  const end = run.finished_at ?? new Date();
  const elapsed = Math.max(0, Math.floor((end.getTime() - run.started_at.getTime()) / 1000));
  const moving = org.status === "provisioning";
  return {
    ...base,
    stage: run.stages.find((s) => s.state === "active" || s.state === "failed")?.id ?? null,
    stages: run.stages,
    started_at: run.started_at.toISOString(),
    elapsed_s: elapsed,
    eta_s: moving
      ? estimateRemaining(await provisionHistory(ctx.db.pg), elapsed, timeScaleFactor(ctx.config.timeScale))
      : null,
  };
}
