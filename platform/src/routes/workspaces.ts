import type { FastifyInstance } from "fastify";
import { createWorkspaceRequestSchema, patchWorkspaceRequestSchema, type ErrorCode } from "@/lib/contract";
import type { Ctx } from "../context";
import { getWorkspace, listWorkspaces, toWorkspaceDetail, toWorkspaceRow } from "../db/workspaces";
import { createErrorMessage, patchErrorMessage } from "../domain/workspace-rules";
import { guard, isAdminCaller, orgOf } from "../http/auth";
import { HttpError, badRequest, notFound, workspaceIdParam } from "../http/errors";
import { createWorkspace, type CreateRefusal } from "../lifecycle/create";
import { removeWorkspace } from "../lifecycle/remove";
import { updateWorkspaceFields, type UpdateOutcome } from "../lifecycle/update";

type IdParams = { Params: { id: string } };

type BadRequest = { error: string; code: ErrorCode };
const INVALID_DIRECTORY: BadRequest = { error: "invalid workspace directory", code: "invalid_directory" };
const PARENT_NOT_FOUND: BadRequest = { error: "parent workspace not found", code: "parent_not_found" };

const CREATE_REFUSAL: Record<CreateRefusal["kind"], BadRequest> = {
  invalid_template: { error: "invalid template", code: "invalid_template" },
  invalid_secret_key: { error: "invalid workspace fields", code: "invalid_body" },
  invalid_directory: INVALID_DIRECTORY,
  parent_not_found: PARENT_NOT_FOUND,
};

const PATCH_REFUSAL: Record<Exclude<UpdateOutcome["kind"], "updated" | "not_found">, BadRequest> = {
  invalid_directory: INVALID_DIRECTORY,
  parent_not_found: PARENT_NOT_FOUND,
  parent_cycle: { error: "parent_id would create a cycle", code: "parent_cycle" },
};

/**
 * PATCH fields a workspace's own token may not send (ours is stricter than upstream, which lets
 * any WSAUTH caller send all): `parent_id` would move it past the communication rule, `tier`,
 * `runtime` and `workspace_dir` choose its privileges, image and host mount, and the layout
 * fields are the canvas's. An agent keeps `name` and `role`, how it describes itself.
 */
const AGENT_FORBIDDEN = ["parent_id", "tier", "runtime", "workspace_dir", "x", "y", "collapsed"] as const;

/** Workspaces CRUD (contract §2.3). Lifecycle actions live in workspace-actions.ts. */
export function registerWorkspaceRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get("/workspaces", { preHandler: guard(ctx, "ADMIN") }, async (req) => {
    const rows = await listWorkspaces(ctx.db.pg, orgOf(req)).catch(() => {
      throw new HttpError(500, "query failed", "internal_error");
    });
    return rows.map(toWorkspaceRow);
  });

  app.get<IdParams>("/workspaces/:id", async (req) => {
    const rec = await getWorkspace(ctx.db.pg, orgOf(req), workspaceIdParam(req.params.id));
    if (!rec) throw notFound("workspace not found", "workspace_not_found");
    return toWorkspaceDetail(rec);
  });

  app.post("/workspaces", { preHandler: guard(ctx, "ADMIN") }, async (req, reply) => {
    const parsed = createWorkspaceRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw badRequest(createErrorMessage(parsed.error.issues), "invalid_body");
    const out = await createWorkspace(ctx, orgOf(req), parsed.data);
    if (out.kind !== "created") {
      const { error, code } = CREATE_REFUSAL[out.kind];
      throw badRequest(error, code);
    }
    return reply.status(201).send(out.workspace);
  });

  app.patch<IdParams>("/workspaces/:id", { preHandler: guard(ctx, "WSAUTH") }, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const orgId = orgOf(req);
    const parsed = patchWorkspaceRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw badRequest(patchErrorMessage(parsed.error.issues), "invalid_body");
    const body = parsed.data;
    const refused = AGENT_FORBIDDEN.filter((f) => body[f] !== undefined);
    if (refused.length > 0 && !isAdminCaller(ctx, req)) {
      throw new HttpError(
        403,
        `an agent may change only its own name and role; ${refused.join(", ")} needs an admin or a member of the org`,
        "admin_required",
        { fields: refused },
      );
    }
    const out = await updateWorkspaceFields(ctx, orgId, id, body);
    if (out.kind === "not_found") throw notFound("workspace not found", "workspace_not_found");
    if (out.kind !== "updated") {
      const { error, code } = PATCH_REFUSAL[out.kind];
      throw badRequest(error, code);
    }
    return out.needsRestart ? { status: "updated", needs_restart: true } : { status: "updated" };
  });

  app.delete<IdParams & { Querystring: { confirm?: string; purge?: string } }>(
    "/workspaces/:id",
    { preHandler: guard(ctx, "ADMIN") },
    async (req, reply) => {
      const outcome = await removeWorkspace(ctx, orgOf(req), workspaceIdParam(req.params.id), {
        confirm: req.query.confirm === "true",
        purge: req.query.purge === "true",
      });
      switch (outcome.kind) {
        case "not_found":
          throw notFound("workspace not found", "workspace_not_found");
        case "confirmation_required":
          return reply.status(409).send({
            error: "confirmation required",
            code: "confirmation_required",
            status: "confirmation_required",
            message: `This workspace has ${outcome.children.length} child workspace(s); they will be removed too. Repeat with confirm=true.`,
            children: outcome.children,
            children_count: outcome.children.length,
          });
        case "stop_failed":
          throw new HttpError(
            500,
            `workspace marked removed, but ${outcome.failures} stop call(s) failed — please retry: ${outcome.errors.join("; ")}`,
            "stop_failed",
            { removed_count: outcome.removed, stop_failures: outcome.failures },
          );
        case "removed":
          return { status: outcome.purged ? "purged" : "removed", cascade_deleted: outcome.cascade };
      }
    },
  );
}
