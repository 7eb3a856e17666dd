import type { FastifyInstance } from "fastify";
import type { Ctx } from "../context";
import { guard, orgOf } from "../http/auth";
import { HttpError, notFound, workspaceIdParam } from "../http/errors";
import {
  hibernateWorkspace,
  pauseWorkspace,
  requestRestart,
  resumeWorkspace,
  type ActionOutcome,
} from "../lifecycle/actions";

type ActionRoute = { Params: { id: string }; Querystring: { reset?: string; force?: string } };

/** Maps a refused action to the contract's error; `done` is left to the route. */
function refusal(outcome: Exclude<ActionOutcome<object>, { kind: "done" }>, notFoundMessage: string) {
  switch (outcome.kind) {
    case "not_found":
      return notFound(notFoundMessage, "workspace_not_found");
    case "parent_paused":
      return new HttpError(
        409,
        `parent workspace "${outcome.parent}" is paused — resume it first`,
        "parent_paused",
      );
    case "no_provisioner":
      return new HttpError(503, "provisioner not available", "provisioner_unavailable");
    case "busy":
      return new HttpError(
        409,
        "workspace has active tasks; use ?force=true to terminate them",
        "active_tasks",
        {
          active_tasks: outcome.activeTasks,
        },
      );
  }
}

/** Lifecycle actions (contract §2.3): restart, pause (cascades), resume, hibernate. */
export function registerWorkspaceActionRoutes(app: FastifyInstance, ctx: Ctx) {
  const opts = { preHandler: guard(ctx, "WSAUTH") };

  app.post<ActionRoute>("/workspaces/:id/restart", opts, async (req) => {
    const outcome = await requestRestart(ctx, orgOf(req), workspaceIdParam(req.params.id));
    if (outcome.kind !== "done") throw refusal(outcome, "workspace not found");
    const { rec } = outcome;
    const body = (req.body ?? {}) as { reset?: unknown };
    const template =
      typeof rec.runtime_config.template === "string" ? rec.runtime_config.template : rec.runtime;
    return {
      status: "provisioning",
      config_dir: `configs/${template}`,
      reset_session: req.query.reset === "true" || body.reset === true,
    };
  });

  app.post<ActionRoute>("/workspaces/:id/pause", opts, async (req) => {
    const outcome = await pauseWorkspace(ctx, orgOf(req), workspaceIdParam(req.params.id));
    if (outcome.kind !== "done") throw refusal(outcome, "workspace not found or already paused");
    return { status: "paused", paused_count: outcome.count };
  });

  app.post<ActionRoute>("/workspaces/:id/resume", opts, async (req) => {
    const outcome = await resumeWorkspace(ctx, orgOf(req), workspaceIdParam(req.params.id));
    if (outcome.kind !== "done") throw refusal(outcome, "workspace not found or not paused");
    return { status: "provisioning", resumed_count: outcome.count };
  });

  app.post<ActionRoute>("/workspaces/:id/hibernate", opts, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const outcome = await hibernateWorkspace(ctx, orgOf(req), id, req.query.force === "true");
    if (outcome.kind !== "done") {
      throw refusal(
        outcome,
        "workspace not found or not in a hibernatable state (must be online or degraded)",
      );
    }
    return { status: "hibernated" };
  });
}
