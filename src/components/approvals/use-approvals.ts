"use client";

import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import { decideApproval, fetchPendingApprovals } from "@/lib/api/approvals";
import {
  EMPTY_APPROVALS,
  pendingFor,
  reduceApprovals,
  type ApprovalDecision,
  type ApprovalItem,
  type ApprovalsAction,
  type ApprovalsState,
} from "@/lib/approvals/reduce-approvals";
import { platformEvents } from "@/lib/ws/event-hub";

const APPROVALS_KEY = ["approvals"] as const;

const applyTo = (client: QueryClient, action: ApprovalsAction) =>
  client.setQueryData<ApprovalsState>(APPROVALS_KEY, (prev) =>
    reduceApprovals(prev ?? EMPTY_APPROVALS, action),
  );

/**
 * The approvals inbox state in the query cache: the pending list fetched once (and again on
 * reconnect), merged with live events through the pure reducer. No polling. Every observer
 * passes this same fetcher, because the cache runs whichever observer's options it saw last.
 */
function approvalsQuery(client: QueryClient) {
  return {
    queryKey: APPROVALS_KEY,
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const startedAt = Date.now();
      const pending = await fetchPendingApprovals(signal);
      return reduceApprovals(client.getQueryData<ApprovalsState>(APPROVALS_KEY) ?? EMPTY_APPROVALS, {
        type: "loaded",
        pending,
        startedAt,
      });
    },
    staleTime: Infinity,
  };
}

/** The inbox state; fetches the pending list the first time anything asks. */
export function useApprovals() {
  return useQuery(approvalsQuery(useQueryClient()));
}

/**
 * How many approvals wait on a workspace, from the cache the inbox fills. It never fetches, so
 * hundreds of cards add no requests, and it re-renders a card only when its own count changes.
 */
export function usePendingApprovalCount(workspaceId: string): number {
  return (
    useQuery({
      ...approvalsQuery(useQueryClient()),
      enabled: false,
      select: (state: ApprovalsState) => pendingFor(state, workspaceId),
    }).data ?? 0
  );
}

/** Applies approval events from the tab's socket to the cache; mount once (the inbox does). */
export function useApprovalEvents() {
  const client = useQueryClient();
  useEffect(() => {
    let hasBeenLive = platformEvents.status() === "live";
    const refetch = () => void client.invalidateQueries({ queryKey: APPROVALS_KEY });
    return platformEvents.subscribe({
      onEvent(event) {
        if (event.event.startsWith("APPROVAL_"))
          applyTo(client, { type: "event", event, receivedAt: Date.now() });
      },
      onStatus(status) {
        if (status !== "live" || hasBeenLive) return;
        hasBeenLive = true;
        // A list read before the socket first opened may have missed a request raised in between.
        const state = client.getQueryState(APPROVALS_KEY);
        if (state && (state.data !== undefined || state.fetchStatus === "fetching")) refetch();
      },
      onReconnect: refetch,
    });
  }, [client]);
}

/** Approve or deny at once; the platform's answer confirms it, a failure puts it back. */
export function useDecideApproval(decidedBy: string) {
  const client = useQueryClient();
  return useCallback(
    async (item: ApprovalItem, decision: ApprovalDecision) => {
      applyTo(client, { type: "decide", id: item.id, decision, decidedBy });
      try {
        await decideApproval(item.workspaceId, item.id, decision, decidedBy);
        applyTo(client, { type: "confirmed", id: item.id });
      } catch (err) {
        applyTo(client, { type: "rollback", id: item.id });
        throw err;
      }
    },
    [client, decidedBy],
  );
}
