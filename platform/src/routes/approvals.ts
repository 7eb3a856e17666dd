import type { FastifyInstance } from "fastify";
import { createApprovalRequestSchema, decideApprovalRequestSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { listForWorkspace } from "../db/approvals";
import { isUuid } from "../domain/uuid";
import { guard, orgOf } from "../http/auth";
import { badRequest, notFound, parseBody, workspaceIdParam } from "../http/errors";
import { decidePendingApproval, pendingApprovals, requestApproval } from "../lifecycle/approvals";

type ApprovalRoute = { Params: { id: string; approvalId?: string } };

/** Approvals (contract §5.3): agents ask, the parent hears about it, a human decides. */
export function registerApprovalRoutes(app: FastifyInstance, ctx: Ctx) {
  const wsauth = { preHandler: guard(ctx, "WSAUTH") };

  app.get("/approvals/pending", { preHandler: guard(ctx, "ADMIN") }, async (req) =>
    pendingApprovals(ctx, orgOf(req)),
  );

  app.post<ApprovalRoute>("/workspaces/:id/approvals", wsauth, async (req, reply) => {
    const id = workspaceIdParam(req.params.id);
    const body = parseBody(req.body, createApprovalRequestSchema);
    const out = await requestApproval(ctx, orgOf(req), id, body);
    if (out.kind === "not_found") throw notFound("workspace not found", "workspace_not_found");
    return reply.status(201).send({ approval_id: out.approvalId, status: "pending" });
  });

  app.get<ApprovalRoute>("/workspaces/:id/approvals", wsauth, async (req) =>
    listForWorkspace(ctx.db.pg, orgOf(req), workspaceIdParam(req.params.id)),
  );

  app.post<ApprovalRoute>("/workspaces/:id/approvals/:approvalId/decide", wsauth, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const decision = (req.body as { decision?: unknown } | undefined)?.decision;
    if (decision !== "approved" && decision !== "denied")
      throw badRequest("decision must be 'approved' or 'denied'", "invalid_body");
    const body = parseBody(req.body, decideApprovalRequestSchema);
    const approvalId = req.params.approvalId ?? "";
    const out = isUuid(approvalId)
      ? await decidePendingApproval(
          ctx,
          orgOf(req),
          id,
          approvalId.toLowerCase(),
          body.decision,
          body.decided_by ?? "human",
        )
      : { kind: "not_found" as const };
    if (out.kind === "not_found")
      throw notFound("approval not found or already decided", "approval_not_found");
    return { status: body.decision, approval_id: out.approvalId };
  });
}
