import type { FastifyInstance } from "fastify";
import { patchBudgetRequestSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { budgetLimitError } from "../domain/budget";
import { guard, orgOf } from "../http/auth";
import { badRequest, notFound, parseBody, workspaceIdParam } from "../http/errors";
import { readBudget, setBudgetLimit, type BudgetOutcome } from "../lifecycle/budget";

type IdParams = { Params: { id: string } };

/** The contract's answer to a budget operation: the budget, or 404 for a missing workspace. */
function answer(out: BudgetOutcome) {
  if (out.kind === "not_found") throw notFound("workspace not found", "workspace_not_found");
  return out.budget;
}

/** Budget read and update (contract §2.5); a change is announced with WORKSPACE_UPDATED. */
export function registerBudgetRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get<IdParams>("/workspaces/:id/budget", { preHandler: guard(ctx, "WSAUTH") }, async (req) =>
    answer(await readBudget(ctx, orgOf(req), workspaceIdParam(req.params.id))),
  );

  app.patch<IdParams>("/workspaces/:id/budget", { preHandler: guard(ctx, "ADMIN") }, async (req) => {
    const id = workspaceIdParam(req.params.id);
    const error = budgetLimitError(req.body);
    if (error) throw badRequest(error, "invalid_body");
    const { budget_limit: limit } = parseBody(req.body, patchBudgetRequestSchema);
    return answer(await setBudgetLimit(ctx, orgOf(req), id, limit));
  });
}
