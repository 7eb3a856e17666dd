import type { FastifyInstance } from "fastify";
import { createApprovalRequestSchema, decideApprovalRequestSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import {
  decideApproval,
  expirePending,
  insertApproval,
  listForWorkspace,
  listPending,
} from "../db/approvals";
import { getWorkspace } from "../db/workspaces";
import { isUuid } from "../domain/uuid";
import { guard, orgOf } from "../http/auth";
import { badRequest, notFound, parseBody, workspaceIdParam } from "../http/errors";

const AUTO_EXPIRE_MS = 10 * 60_000;
type ApprovalRoute = { Params: { id: string; approvalId?: string } };

/** Approvals (contract §5.3): agents ask, the parent hears about it, a human decides. */
export function registerApprovalRoutes(app: FastifyInstance, ctx: Ctx) {
  const wsauth = { preHandler: guard(ctx, "WSAUTH") };

  app.get("/approvals/pending", { preHandler: guard(ctx, "ADMIN") }, async (req) => {
    await expirePending(ctx.db.pg, orgOf(req), AUTO_EXPIRE_MS);
    return listPending(ctx.db.pg, orgOf(req));
  });

  app.post<ApprovalRoute>("/workspaces/:id/approvals", wsauth, async (req, reply) => {
    const id = workspaceIdParam(req.params.id);
    const orgId = orgOf(req);
    const body = parseBody(req.body, createApprovalRequestSchema);
    const rec = await getWorkspace(ctx.db.pg, orgId, id);
    if (!rec || rec.status === "removed") throw notFound("workspace not found", "workspace_not_found");
    const a = await insertApproval(ctx.db.pg, orgId, id, body);
    await ctx.events.publish(orgId, "APPROVAL_REQUESTED", id, {
      approval_id: a.id,
      action: a.action,
      reason: a.reason,
      task_id: a.task_id,
    });
    if (rec.parent_id) {
      await ctx.events.publish(orgId, "APPROVAL_ESCALATED", rec.parent_id, {
        approval_id: a.id,
        from_workspace_id: id,
        action: a.action,
        reason: a.reason,
      });
    }
    return reply.status(201).send({ approval_id: a.id, status: "pending" });
  });

  app.get<ApprovalRoute>("/workspaces/:id/approvals", wsauth, async (req) =>
    listForWorkspace(ctx.db.pg, orgOf(req), workspaceIdParam(req.params.id)),
  );

  app.post<ApprovalRoute>("/workspaces/:id/approvals/:approvalId/decide", wsauth, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const orgId = orgOf(req);
    const decision = (req.body as { decision?: unknown } | undefined)?.decision;
    if (decision !== "approved" && decision !== "denied")
      throw badRequest("decision must be 'approved' or 'denied'", "invalid_body");
    const body = parseBody(req.body, decideApprovalRequestSchema);
    const approvalId = req.params.approvalId ?? "";
    const decided = isUuid(approvalId)
      ? await decideApproval(
          ctx.db.pg,
          orgId,
          id,
          approvalId.toLowerCase(),
          body.decision,
          body.decided_by ?? "human",
        )
      : null;
    if (!decided) throw notFound("approval not found or already decided", "approval_not_found");
    const payload = {
      approval_id: decided.id,
      decision: body.decision,
      decided_by: decided.decided_by ?? "human",
    };
    await ctx.events.publish(
      orgId,
      body.decision === "approved" ? "APPROVAL_APPROVED" : "APPROVAL_DENIED",
      id,
      payload,
    );
    return { status: body.decision, approval_id: decided.id };
  });
}
