import type { z } from "zod";
import type { createApprovalRequestSchema, PendingApproval } from "@/lib/contract";
import type { Ctx } from "../context";
import { decideApproval, expirePending, insertApproval, listPending } from "../db/approvals";
import { getWorkspace } from "../db/workspaces";

/** A pending approval nobody decided within this long is denied by "auto-expired" (contract §5.3). */
const AUTO_EXPIRE_MS = 10 * 60_000;

/** The org's pending approvals, after expiring the ones left undecided too long. */
export async function pendingApprovals(ctx: Ctx, orgId: string): Promise<PendingApproval[]> {
  await expirePending(ctx.db.pg, orgId, AUTO_EXPIRE_MS);
  return listPending(ctx.db.pg, orgId);
}

/**
 * Stores an agent's request and tells the canvas; the parent, if any, hears it as escalated
 * (contract §5.3).
 */
export async function requestApproval(
  ctx: Ctx,
  orgId: string,
  id: string,
  body: z.infer<typeof createApprovalRequestSchema>,
): Promise<{ kind: "requested"; approvalId: string } | { kind: "not_found" }> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.status === "removed") return { kind: "not_found" };
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
  return { kind: "requested", approvalId: a.id };
}

/** Decides one of the workspace's pending approvals and announces it; `not_found` also when already decided. */
export async function decidePendingApproval(
  ctx: Ctx,
  orgId: string,
  id: string,
  approvalId: string,
  decision: "approved" | "denied",
  decidedBy: string,
): Promise<{ kind: "decided"; approvalId: string } | { kind: "not_found" }> {
  const decided = await decideApproval(ctx.db.pg, orgId, id, approvalId, decision, decidedBy);
  if (!decided) return { kind: "not_found" };
  await ctx.events.publish(orgId, decision === "approved" ? "APPROVAL_APPROVED" : "APPROVAL_DENIED", id, {
    approval_id: decided.id,
    decision,
    decided_by: decided.decided_by ?? "human",
  });
  return { kind: "decided", approvalId: decided.id };
}
