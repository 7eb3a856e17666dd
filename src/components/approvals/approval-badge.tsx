"use client";

import { pendingFor } from "@/lib/approvals/reduce-approvals";
import { useApprovals } from "./use-approvals";

/** A workspace card's "needs approval" badge: its own requests and those escalated to it. */
export function ApprovalBadge({ workspaceId }: { workspaceId: string }) {
  const { data } = useApprovals();
  const count = data ? pendingFor(data, workspaceId) : 0;
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
