"use client";

import { usePendingApprovalCount } from "./use-approvals";

/** A workspace card's "needs approval" badge: its own requests and those escalated to it. */
export function ApprovalBadge({ workspaceId }: { workspaceId: string }) {
  const count = usePendingApprovalCount(workspaceId);
  if (count === 0) return null;
  return (
    <span
      aria-label={`${count} ${count === 1 ? "approval" : "approvals"} waiting`}
      className="inline-flex items-center rounded-full bg-danger px-1.5 text-xs font-semibold text-bg"
    >
      {count} ⚑
    </span>
  );
}
