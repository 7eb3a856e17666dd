import type { Ctx } from "../context";
import { descendantIds, getWorkspace, inTx, setStatus, type WorkspaceRecord } from "../db/workspaces";
import { canHibernate, firstPaused } from "../domain/workspace-rules";
import { ancestorsOf, restartWorkspace, startProvisioning } from "./provision";

/**
 * The lifecycle actions of contract §2.3 (restart, pause, resume, hibernate). Each reads the
 * target through an org-scoped query first and only ever stops or provisions rows that query (or
 * the org-scoped status update) returned, so another org's id is `not_found` with nothing touched.
 */
export type ActionOutcome<T> =
  | { kind: "not_found" }
  | { kind: "parent_paused"; parent: string }
  | { kind: "no_provisioner" }
  | { kind: "busy"; activeTasks: number }
  | ({ kind: "done" } & T);

const pausedAncestor = async (ctx: Ctx, orgId: string, rec: WorkspaceRecord) =>
  firstPaused(await ancestorsOf(ctx, orgId, rec))?.name ?? null;

/** Back to `provisioning`, then stop + provision (§2.3 restart). */
export async function requestRestart(
  ctx: Ctx,
  orgId: string,
  id: string,
): Promise<ActionOutcome<{ rec: WorkspaceRecord }>> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.status === "removed") return { kind: "not_found" };
  const parent = await pausedAncestor(ctx, orgId, rec);
  if (parent) return { kind: "parent_paused", parent };
  if (!ctx.provisioner.available) return { kind: "no_provisioner" };
  const restarted = await restartWorkspace(ctx, orgId, id);
  return restarted ? { kind: "done", rec: restarted } : { kind: "not_found" };
}

/** Pauses the workspace and its descendants; their agents stop. */
export async function pauseWorkspace(
  ctx: Ctx,
  orgId: string,
  id: string,
): Promise<ActionOutcome<{ count: number }>> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.status === "removed" || rec.status === "paused") return { kind: "not_found" };
  const paused = await inTx(ctx.db.pg, async (q) => {
    const out: WorkspaceRecord[] = [];
    for (const wsId of [id, ...(await descendantIds(q, orgId, id))]) {
      const current = await getWorkspace(q, orgId, wsId);
      if (!current || current.status === "paused") continue;
      const next = await setStatus(q, orgId, wsId, "paused", current.external ? {} : { url: "" });
      if (next) out.push(next);
    }
    return out;
  });
  for (const w of paused) {
    await ctx.provisioner.stop(w.id).catch((err) => ctx.log.warn(`stopping ${w.id} on pause failed`, err));
    await ctx.events.publish(orgId, "WORKSPACE_PAUSED", w.id, { name: w.name });
  }
  return { kind: "done", count: paused.length };
}

/** Provisions a paused workspace and its paused descendants again. */
export async function resumeWorkspace(
  ctx: Ctx,
  orgId: string,
  id: string,
): Promise<ActionOutcome<{ count: number }>> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.status !== "paused") return { kind: "not_found" };
  const parent = await pausedAncestor(ctx, orgId, rec);
  if (parent) return { kind: "parent_paused", parent };
  if (!ctx.provisioner.available) return { kind: "no_provisioner" };
  const resumed = await inTx(ctx.db.pg, async (q) => {
    const out: WorkspaceRecord[] = [];
    for (const wsId of [id, ...(await descendantIds(q, orgId, id))]) {
      const current = await getWorkspace(q, orgId, wsId);
      if (current?.status !== "paused") continue;
      const next = await setStatus(q, orgId, wsId, "provisioning", { url: "", provisioning: null });
      if (next) out.push(next);
    }
    return out;
  });
  for (const w of resumed) {
    await ctx.events.publish(orgId, "WORKSPACE_PROVISIONING", w.id, {
      name: w.name,
      tier: w.tier,
      runtime: w.runtime,
    });
    await startProvisioning(ctx, orgId, w);
  }
  return { kind: "done", count: resumed.length };
}

/** Hibernates an online (or degraded) workspace; `force` also ends its active tasks. */
export async function hibernateWorkspace(
  ctx: Ctx,
  orgId: string,
  id: string,
  force: boolean,
): Promise<ActionOutcome<object>> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || !canHibernate(rec.status)) return { kind: "not_found" };
  if (rec.active_tasks > 0 && !force) return { kind: "busy", activeTasks: rec.active_tasks };
  const next = await setStatus(ctx.db.pg, orgId, id, "hibernated", {
    ...(rec.external ? {} : { url: "" }),
    active_tasks: 0,
    current_task: "",
  });
  if (!next) return { kind: "not_found" };
  await ctx.provisioner.stop(id).catch((err) => ctx.log.warn(`stopping ${id} on hibernate failed`, err));
  await ctx.events.publish(orgId, "WORKSPACE_HIBERNATED", id, { name: next.name, tier: rec.tier });
  return { kind: "done" };
}
