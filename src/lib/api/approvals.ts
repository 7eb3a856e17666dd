import { decideApprovalResponseSchema, pendingApprovalListSchema } from "@/lib/contract";
import { api } from "./client";

/** Pending approvals across the org (ADMIN; contract §5.3), newest first. */
export const fetchPendingApprovals = (signal?: AbortSignal) =>
  api.get("/approvals/pending", pendingApprovalListSchema, { signal });

/** Records a human decision on one approval. */
export const decideApproval = (
  workspaceId: string,
  approvalId: string,
  decision: "approved" | "denied",
  decidedBy: string,
) =>
  api.post(
    `/workspaces/${workspaceId}/approvals/${approvalId}/decide`,
    { decision, decided_by: decidedBy },
    decideApprovalResponseSchema,
  );
