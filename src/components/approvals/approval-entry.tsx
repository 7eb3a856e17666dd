"use client";

import { memo } from "react";
import type { ApprovalDecision, ApprovalItem } from "@/lib/approvals/reduce-approvals";
import { formatAgo } from "@/lib/format-time";

type ApprovalEntryProps = {
  item: ApprovalItem;
  workspaceName: string;
  now: number;
  onDecide: (item: ApprovalItem, decision: ApprovalDecision) => void;
};

/** One request: who asks, what, why and since when; Approve/Deny while pending, the decision after. */
export const ApprovalEntry = memo(function ApprovalEntry({
  item,
  workspaceName,
  now,
  onDecide,
}: ApprovalEntryProps) {
  const label = `${workspaceName}: ${item.action}`;
  return (
    <li aria-label={label} className="border-b border-border/30 px-3 py-2 text-sm">
      <p className="flex items-baseline justify-between gap-2">
        <span className="truncate font-semibold">{workspaceName}</span>
        <time dateTime={item.createdAt} className="shrink-0 text-xs text-muted">
          {formatAgo(now - Date.parse(item.createdAt))}
        </time>
      </p>
      <p className="break-words">{item.action}</p>
      {item.reason ? <p className="text-xs break-words text-muted">{item.reason}</p> : null}
      {item.status === "pending" ? (
        <div className="mt-2 flex gap-2">
          <button
            type="button"
            onClick={() => onDecide(item, "approved")}
            aria-label={`Approve ${label}`}
            className="rounded-md bg-accent px-3 py-1 text-xs font-medium text-accent-fg"
          >
            Approve
          </button>
          <button
            type="button"
            onClick={() => onDecide(item, "denied")}
            aria-label={`Deny ${label}`}
            className="rounded-md border border-border px-3 py-1 text-xs"
          >
            Deny
          </button>
        </div>
      ) : (
        <p role="status" className="mt-1 text-xs">
          {item.status === "approved" ? "Approved" : "Denied"} by {item.decidedBy ?? "someone"}
          {item.isOptimistic ? " (saving…)" : ""}
        </p>
      )}
    </li>
  );
});
