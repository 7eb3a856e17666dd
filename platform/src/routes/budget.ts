import type { FastifyInstance } from "fastify";
import { patchBudgetRequestSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { getWorkspace, toWorkspaceRow, updateWorkspace, type WorkspaceRecord } from "../db/workspaces";
import { budgetLimitError } from "../domain/budget";
import { guard, orgOf } from "../http/auth";
import { badRequest, notFound, parseBody, workspaceIdParam } from "../http/errors";

type IdParams = { Params: { id: string } };

const budgetOf = (rec: WorkspaceRecord) => {
  const limit = rec.budget_limit === null ? null : Number(rec.budget_limit);
  const spend = Number(rec.monthly_spend);
  return {
    budget_limit: limit,
    monthly_spend: spend,
    budget_remaining: limit === null ? null : limit - spend,
  };
};

/** Budget read and update (contract §2.5); a change is announced with WORKSPACE_UPDATED. */
export function registerBudgetRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get<IdParams>("/workspaces/:id/budget", { preHandler: guard(ctx, "WSAUTH") }, async (req) => {
    const rec = await getWorkspace(ctx.db.pg, orgOf(req), workspaceIdParam(req.params.id));
    if (!rec || rec.status === "removed") throw notFound("workspace not found", "workspace_not_found");
    return budgetOf(rec);
  });

  app.patch<IdParams>("/workspaces/:id/budget", { preHandler: guard(ctx, "ADMIN") }, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const orgId = orgOf(req);
    const error = budgetLimitError(req.body);
    if (error) throw badRequest(error, "invalid_body");
    const { budget_limit: limit } = parseBody(req.body, patchBudgetRequestSchema);
    const rec = await getWorkspace(ctx.db.pg, orgId, id);
    if (!rec || rec.status === "removed") throw notFound("workspace not found", "workspace_not_found");
    const updated = await updateWorkspace(ctx.db.pg, orgId, id, { budget_limit: limit });
    if (!updated) throw notFound("workspace not found", "workspace_not_found");
    await ctx.events.publish(orgId, "WORKSPACE_UPDATED", id, toWorkspaceRow(updated));
    return budgetOf(updated);
  });
}
