import type { z } from "zod";
import type { budgetSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { getWorkspace, toWorkspaceRow, updateWorkspace, type WorkspaceRecord } from "../db/workspaces";

type Budget = z.infer<typeof budgetSchema>;
export type BudgetOutcome = { kind: "ok"; budget: Budget } | { kind: "not_found" };

const budgetOf = (rec: WorkspaceRecord): Budget => {
  const limit = rec.budget_limit === null ? null : Number(rec.budget_limit);
  const spend = Number(rec.monthly_spend);
  return {
    budget_limit: limit,
    monthly_spend: spend,
    budget_remaining: limit === null ? null : limit - spend,
  };
};

/** A live workspace's limit, spend and what remains (contract §2.5). */
export async function readBudget(ctx: Ctx, orgId: string, id: string): Promise<BudgetOutcome> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.status === "removed") return { kind: "not_found" };
  return { kind: "ok", budget: budgetOf(rec) };
}

/** Sets a live workspace's limit (null: none) and announces it with WORKSPACE_UPDATED. */
export async function setBudgetLimit(
  ctx: Ctx,
  orgId: string,
  id: string,
  limit: number | null,
): Promise<BudgetOutcome> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.status === "removed") return { kind: "not_found" };
  const updated = await updateWorkspace(ctx.db.pg, orgId, id, { budget_limit: limit });
  if (!updated) return { kind: "not_found" };
  await ctx.events.publish(orgId, "WORKSPACE_UPDATED", id, toWorkspaceRow(updated));
  return { kind: "ok", budget: budgetOf(updated) };
}
