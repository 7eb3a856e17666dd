import { describe, expect, it } from "vitest";
import type { PendingApproval, PlatformEvent } from "@/lib/contract";
import { EMPTY_APPROVALS, pendingFor, reduceApprovals, type ApprovalsAction } from "./reduce-approvals";

const pending = (id: string, workspace = "w1"): PendingApproval => ({
  id,
  workspace_id: workspace,
  workspace_name: "Lead",
  action: "Deploy",
  reason: "Needs sign-off",
  status: "pending",
  created_at: "2026-01-01T00:00:00.000Z",
});
const ev = (
  event: PlatformEvent["event"],
  workspace: string,
  payload: Record<string, unknown>,
): ApprovalsAction => ({
  type: "event",
  event: { event, workspace_id: workspace, timestamp: "2026-01-01T00:00:01.000Z", payload } as PlatformEvent,
  receivedAt: 100,
});
const run = (...actions: ApprovalsAction[]) => actions.reduce(reduceApprovals, EMPTY_APPROVALS);

describe("reduceApprovals", () => {
  it("adds a requested approval at once and counts it for the workspace and the parent it escalated to", () => {
    const state = run(
      ev("APPROVAL_REQUESTED", "child", { approval_id: "a1", action: "Deploy", reason: null, task_id: null }),
      ev("APPROVAL_ESCALATED", "parent", {
        approval_id: "a1",
        from_workspace_id: "child",
        action: "Deploy",
        reason: null,
      }),
    );
    expect(state.items).toHaveLength(1);
    expect(pendingFor(state, "child")).toBe(1);
    expect(pendingFor(state, "parent")).toBe(1);
  });

  it("records the decision and who made it from the event", () => {
    const state = run(
      { type: "loaded", pending: [pending("a1")], startedAt: 50 },
      ev("APPROVAL_DENIED", "w1", { approval_id: "a1", decision: "denied", decided_by: "ops" }),
    );
    expect(state.items[0]).toMatchObject({ status: "denied", decidedBy: "ops" });
    expect(pendingFor(state, "w1")).toBe(0);
  });

  it("applies a decision optimistically and rolls it back when the request fails", () => {
    const decided = run(
      { type: "loaded", pending: [pending("a1")], startedAt: 50 },
      { type: "decide", id: "a1", decision: "approved", decidedBy: "you" },
    );
    expect(decided.items[0]).toMatchObject({ status: "approved", isOptimistic: true });
    const rolledBack = reduceApprovals(decided, { type: "rollback", id: "a1" });
    expect(rolledBack.items[0]).toMatchObject({ status: "pending", decidedBy: null, isOptimistic: false });
  });

  it("does not roll back once the platform confirmed the decision", () => {
    const state = run(
      { type: "loaded", pending: [pending("a1")], startedAt: 50 },
      { type: "decide", id: "a1", decision: "approved", decidedBy: "you" },
      ev("APPROVAL_APPROVED", "w1", { approval_id: "a1", decision: "approved", decided_by: "human" }),
      { type: "rollback", id: "a1" },
    );
    expect(state.items[0]).toMatchObject({ status: "approved", decidedBy: "human", isOptimistic: false });
  });

  it("drops pending items the refetched list no longer has, and keeps decided ones", () => {
    const state = run(
      { type: "loaded", pending: [pending("a1"), pending("a2")], startedAt: 50 },
      ev("APPROVAL_APPROVED", "w1", { approval_id: "a1", decision: "approved", decided_by: "human" }),
      { type: "loaded", pending: [pending("a3")], startedAt: 50 },
    );
    expect(state.items.map((a) => [a.id, a.status])).toEqual([
      ["a3", "pending"],
      ["a1", "approved"],
    ]);
  });

  it("keeps a request announced while the list was being fetched", () => {
    const state = run(
      ev("APPROVAL_REQUESTED", "w1", { approval_id: "a9", action: "Deploy", reason: null, task_id: null }),
      { type: "loaded", pending: [], startedAt: 90 },
    );
    expect(state.items.map((a) => a.id)).toEqual(["a9"]);
    expect(reduceApprovals(state, { type: "loaded", pending: [], startedAt: 200 }).items).toEqual([]);
  });

  it("ignores a second request event for the same approval and unrelated events", () => {
    const req = ev("APPROVAL_REQUESTED", "w1", {
      approval_id: "a1",
      action: "Deploy",
      reason: null,
      task_id: null,
    });
    const once = run(req);
    expect(reduceApprovals(once, req)).toBe(once);
    expect(reduceApprovals(once, ev("WORKSPACE_OFFLINE", "w1", {}))).toBe(once);
  });
});
