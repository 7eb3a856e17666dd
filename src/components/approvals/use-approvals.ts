"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { approvalQueries, decideApproval } from "@/lib/api/approvals";
import {
  EMPTY_APPROVALS,
  pendingFor,
  reduceApprovals,
  type ApprovalDecision,
  type ApprovalItem,
  type ApprovalsAction,
} from "@/lib/approvals/reduce-approvals";

/** The inbox state; fetches the pending list the first time anything asks. Events arrive through the live session. */
export function useApprovals() {
  return useQuery(approvalQueries.inbox());
}

/**
 * How many approvals wait on a workspace, from the cache the inbox fills. It never fetches, so
 * hundreds of cards add no requests, and it re-renders a card only when its own count changes.
 */
export function usePendingApprovalCount(workspaceId: string): number {
  return (
    useQuery({
      ...approvalQueries.inbox(),
      enabled: false,
      select: (state) => pendingFor(state, workspaceId),
    }).data ?? 0
  );
}

/** Approve or deny at once; the platform's answer confirms it, a failure puts it back. */
export function useDecideApproval(decidedBy: string) {
  const client = useQueryClient();
  return useCallback(
    async (item: ApprovalItem, decision: ApprovalDecision) => {
      const applyTo = (action: ApprovalsAction) =>
        client.setQueryData(approvalQueries.inbox().queryKey, (prev) =>
          reduceApprovals(prev ?? EMPTY_APPROVALS, action),
        );
      applyTo({ type: "decide", id: item.id, decision, decidedBy });
      try {
        await decideApproval(item.workspaceId, item.id, decision, decidedBy);
        applyTo({ type: "confirmed", id: item.id });
      } catch (err) {
        applyTo({ type: "rollback", id: item.id });
        throw err;
      }
    },
    [client, decidedBy],
  );
}
