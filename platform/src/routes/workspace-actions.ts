import type { FastifyInstance } from "fastify";
import type { Ctx } from "../context";
import { descendantIds, getWorkspace, inTx, setStatus, type WorkspaceRecord } from "../db/workspaces";
import { canHibernate, firstPaused } from "../domain/workspace-rules";
import { guard, orgOf } from "../http/auth";
import { HttpError, notFound, workspaceIdParam } from "../http/errors";
import { ancestorsOf, restartWorkspace, startProvisioning } from "../lifecycle/provision";

type ActionRoute = { Params: { id: string }; Querystring: { reset?: string; force?: string } };

const NO_PROVISIONER = () => new HttpError(503, "provisioner not available");

/** Lifecycle actions (contract §2.3): restart, pause (cascades), resume, hibernate. */
export function registerWorkspaceActionRoutes(app: FastifyInstance, ctx: Ctx) {
  const opts = { preHandler: guard(ctx, "WSAUTH") };

  /** 409 when an ancestor is paused: acting on a child under a paused parent would be undone. */
  const assertNoPausedAncestor = async (orgId: string, rec: WorkspaceRecord) => {
    const paused = firstPaused(await ancestorsOf(ctx, orgId, rec));
    if (paused) throw new HttpError(409, `parent workspace "${paused.name}" is paused — resume it first`);
  };

  app.post<ActionRoute>("/workspaces/:id/restart", opts, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const orgId = orgOf(req);
    const rec = await getWorkspace(ctx.db.pg, orgId, id);
    if (!rec || rec.status === "removed") throw notFound("workspace not found");
    await assertNoPausedAncestor(orgId, rec);
    if (!ctx.provisioner.available) throw NO_PROVISIONER();
    const body = (req.body ?? {}) as { reset?: unknown; template?: unknown };
    await restartWorkspace(ctx, orgId, id);
    const template =
      typeof rec.runtime_config.template === "string" ? rec.runtime_config.template : rec.runtime;
    return {
      status: "provisioning",
      config_dir: `configs/${template}`,
      reset_session: req.query.reset === "true" || body.reset === true,
    };
  });

  app.post<ActionRoute>("/workspaces/:id/pause", opts, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const orgId = orgOf(req);
    const rec = await getWorkspace(ctx.db.pg, orgId, id);
    if (!rec || rec.status === "removed" || rec.status === "paused") {
      throw notFound("workspace not found or already paused");
    }
    const descendants = await descendantIds(ctx.db.pg, orgId, id);
    const paused = await inTx(ctx.db.pg, async (q) => {
      const out: WorkspaceRecord[] = [];
      for (const wsId of [id, ...descendants]) {
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
    return { status: "paused", paused_count: paused.length };
  });

  app.post<ActionRoute>("/workspaces/:id/resume", opts, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const orgId = orgOf(req);
    const rec = await getWorkspace(ctx.db.pg, orgId, id);
    if (!rec || rec.status !== "paused") throw notFound("workspace not found or not paused");
    await assertNoPausedAncestor(orgId, rec);
    if (!ctx.provisioner.available) throw NO_PROVISIONER();
    const descendants = await descendantIds(ctx.db.pg, orgId, id);
    const resumed = await inTx(ctx.db.pg, async (q) => {
      const out: WorkspaceRecord[] = [];
      for (const wsId of [id, ...descendants]) {
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
    return { status: "provisioning", resumed_count: resumed.length };
  });

  app.post<ActionRoute>("/workspaces/:id/hibernate", opts, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const orgId = orgOf(req);
    const rec = await getWorkspace(ctx.db.pg, orgId, id);
    if (!rec || !canHibernate(rec.status)) {
      throw notFound("workspace not found or not in a hibernatable state (must be online or degraded)");
    }
    if (rec.active_tasks > 0 && req.query.force !== "true") {
      throw new HttpError(409, "workspace has active tasks; use ?force=true to terminate them", {
        active_tasks: rec.active_tasks,
      });
    }
    const next = await setStatus(ctx.db.pg, orgId, id, "hibernated", {
      ...(rec.external ? {} : { url: "" }),
      active_tasks: 0,
      current_task: "",
    });
    await ctx.provisioner.stop(id).catch((err) => ctx.log.warn(`stopping ${id} on hibernate failed`, err));
    await ctx.events.publish(orgId, "WORKSPACE_HIBERNATED", id, {
      name: next?.name ?? rec.name,
      tier: rec.tier,
    });
    return { status: "hibernated" };
  });
}
