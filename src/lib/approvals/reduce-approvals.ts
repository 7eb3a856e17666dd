import type { PendingApproval, PlatformEvent } from "@/lib/contract";

export type ApprovalDecision = "approved" | "denied";

/** One approval as the inbox shows it: pending, or decided (and by whom). */
export type ApprovalItem = {
  id: string;
  workspaceId: string;
  /** Null until the list or the workspace cache names it. */
  workspaceName: string | null;
  action: string;
  reason: string | null;
  createdAt: string;
  status: "pending" | ApprovalDecision;
  decidedBy: string | null;
  /** Parents the request was escalated to (their cards show the badge too). */
  escalatedTo: string[];
  /** A decision this tab sent that the platform has not confirmed yet. */
  isOptimistic: boolean;
  /** Client time a live event last touched it (0 when it came from the list). */
  seenAt: number;
};

export type ApprovalsState = { items: readonly ApprovalItem[] };

export const EMPTY_APPROVALS: ApprovalsState = { items: [] };

export type ApprovalsAction =
  /** `startedAt`: client time the list request was sent; events after it are newer than the list. */
  | { type: "loaded"; pending: readonly PendingApproval[]; startedAt: number }
  | { type: "event"; event: PlatformEvent; receivedAt: number }
  | { type: "decide"; id: string; decision: ApprovalDecision; decidedBy: string }
  | { type: "confirmed"; id: string }
  | { type: "rollback"; id: string };

/** Decided items stay visible (with who decided) up to this many. */
const KEEP_DECIDED = 20;

function upsert(state: ApprovalsState, item: ApprovalItem): ApprovalsState {
  const i = state.items.findIndex((a) => a.id === item.id);
  if (i === -1) return { items: [item, ...state.items] };
  return { items: state.items.map((a, j) => (j === i ? item : a)) };
}

function update(
  state: ApprovalsState,
  id: string,
  change: (a: ApprovalItem) => ApprovalItem,
): ApprovalsState {
  const i = state.items.findIndex((a) => a.id === id);
  if (i === -1) return state;
  const next = change(state.items[i]!);
  return next === state.items[i] ? state : { items: state.items.map((a, j) => (j === i ? next : a)) };
}

function trimDecided(state: ApprovalsState): ApprovalsState {
  let decided = 0;
  const items = state.items.filter((a) => a.status === "pending" || ++decided <= KEEP_DECIDED);
  return items.length === state.items.length ? state : { items };
}

function applyEvent(state: ApprovalsState, event: PlatformEvent, seenAt: number): ApprovalsState {
  switch (event.event) {
    case "APPROVAL_REQUESTED": {
      if (state.items.some((a) => a.id === event.payload.approval_id)) return state;
      return upsert(state, {
        id: event.payload.approval_id,
        workspaceId: event.workspace_id,
        workspaceName: null,
        action: event.payload.action,
        reason: event.payload.reason,
        createdAt: event.timestamp,
        status: "pending",
        decidedBy: null,
        escalatedTo: [],
        isOptimistic: false,
        seenAt,
      });
    }
    case "APPROVAL_ESCALATED": {
      const known = state.items.find((a) => a.id === event.payload.approval_id);
      if (!known) {
        return upsert(state, {
          id: event.payload.approval_id,
          workspaceId: event.payload.from_workspace_id,
          workspaceName: null,
          action: event.payload.action,
          reason: event.payload.reason,
          createdAt: event.timestamp,
          status: "pending",
          decidedBy: null,
          escalatedTo: [event.workspace_id],
          isOptimistic: false,
          seenAt,
        });
      }
      if (known.escalatedTo.includes(event.workspace_id)) return state;
      return update(state, known.id, (a) => ({
        ...a,
        escalatedTo: [...a.escalatedTo, event.workspace_id],
        seenAt,
      }));
    }
    case "APPROVAL_APPROVED":
    case "APPROVAL_DENIED": {
      const status: ApprovalDecision = event.event === "APPROVAL_APPROVED" ? "approved" : "denied";
      const next = update(state, event.payload.approval_id, (a) =>
        a.status === status && a.decidedBy === event.payload.decided_by && !a.isOptimistic
          ? a
          : { ...a, status, decidedBy: event.payload.decided_by, isOptimistic: false, seenAt },
      );
      return trimDecided(next);
    }
    default:
      return state;
  }
}

/**
 * The approvals inbox as a pure reducer: the pending list (fetched on load and on reconnect)
 * merged with live events, and optimistic decisions that a failed request rolls back.
 */
export function reduceApprovals(state: ApprovalsState, action: ApprovalsAction): ApprovalsState {
  switch (action.type) {
    case "loaded": {
      const pendingIds = new Set(action.pending.map((p) => p.id));
      // The list is the truth for what was pending when it was asked for; decided items, in-flight
      // decisions and requests announced after the list was asked for stay.
      const kept = state.items.filter(
        (a) =>
          a.status !== "pending" || a.isOptimistic || pendingIds.has(a.id) || a.seenAt >= action.startedAt,
      );
      const byId = new Map(kept.map((a) => [a.id, a]));
      const fresh = action.pending.map((p): ApprovalItem => {
        const prev = byId.get(p.id);
        return {
          id: p.id,
          workspaceId: p.workspace_id,
          workspaceName: p.workspace_name,
          action: p.action,
          reason: p.reason,
          createdAt: p.created_at,
          status: prev?.status ?? "pending",
          decidedBy: prev?.decidedBy ?? null,
          escalatedTo: prev?.escalatedTo ?? [],
          isOptimistic: prev?.isOptimistic ?? false,
          seenAt: prev?.seenAt ?? 0,
        };
      });
      return { items: [...fresh, ...kept.filter((a) => !pendingIds.has(a.id))] };
    }
    case "event":
      return applyEvent(state, action.event, action.receivedAt);
    case "decide":
      return update(state, action.id, (a) =>
        a.status !== "pending"
          ? a
          : { ...a, status: action.decision, decidedBy: action.decidedBy, isOptimistic: true },
      );
    case "confirmed":
      return update(state, action.id, (a) => (a.isOptimistic ? { ...a, isOptimistic: false } : a));
    case "rollback":
      return update(state, action.id, (a) =>
        a.isOptimistic ? { ...a, status: "pending", decidedBy: null, isOptimistic: false } : a,
      );
  }
}

/** Pending approvals that concern a workspace: its own requests and those escalated to it. */
export function pendingFor(state: ApprovalsState, workspaceId: string): number {
  return state.items.filter(
    (a) => a.status === "pending" && (a.workspaceId === workspaceId || a.escalatedTo.includes(workspaceId)),
  ).length;
}
