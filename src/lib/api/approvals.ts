import { queryOptions } from "@tanstack/react-query";
import { decideApprovalResponseSchema, pendingApprovalListSchema } from "@/lib/contract";
import { EMPTY_APPROVALS, reduceApprovals, type ApprovalsState } from "@/lib/approvals/reduce-approvals";
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

const inboxKey = ["approvals", "inbox"] as const;

/** Query keys and fetchers for approvals; invalidate by the `all()` prefix, never a typed key. */
export const approvalQueries = {
  all: () => ["approvals"] as const,
  /**
   * The inbox: the pending list merged into what the cache already holds, so a refetch keeps
   * decided items, decisions in flight and requests announced after the list was asked for.
   * Pushed events keep it fresh, so it never goes stale on a timer.
   */
  inbox: () =>
    queryOptions({
      queryKey: inboxKey,
      queryFn: async ({ signal, client }): Promise<ApprovalsState> => {
        const startedAt = Date.now();
        const pending = await fetchPendingApprovals(signal);
        const cached = client.getQueryData<ApprovalsState>(inboxKey) ?? EMPTY_APPROVALS;
        return reduceApprovals(cached, { type: "loaded", pending, startedAt });
      },
      staleTime: Infinity,
    }),
};
