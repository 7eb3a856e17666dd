"use client";

import { useMemo } from "react";
import { Popover } from "@/components/ui/popover";
import { describeError } from "@/lib/api/describe-error";
import { useWorkspaceRows } from "@/lib/api/use-workspaces";
import type { ApprovalDecision, ApprovalItem } from "@/lib/approvals/reduce-approvals";
import { useNow } from "@/lib/use-now";
import { useToastStore } from "@/store/toasts";
import { ApprovalEntry } from "./approval-entry";
import { useApprovals, useDecideApproval } from "./use-approvals";

/** The top bar's approvals inbox: a button with the pending count and a popover listing each request. */
export function ApprovalsInbox({ decidedBy = "human" }: { decidedBy?: string }) {
  const { data, error } = useApprovals();
  const items = data?.items ?? [];
  const pendingCount = items.filter((a) => a.status === "pending").length;
  return (
    <Popover
      label="Approvals inbox"
      trigger={
        <button
          type="button"
          className="inline-flex min-h-9 items-center gap-2 rounded-md border border-border px-3 text-sm"
        >
          Approvals
          {pendingCount > 0 ? (
            <span
              aria-label={`${pendingCount} pending`}
              className="rounded-full bg-accent px-1.5 text-xs font-semibold text-accent-fg"
            >
              {pendingCount}
            </span>
          ) : null}
        </button>
      }
      className="max-h-96 w-80 overflow-y-auto rounded-lg"
    >
      <ApprovalsList items={items} error={error} decidedBy={decidedBy} />
    </Popover>
  );
}

type ApprovalsListProps = { items: readonly ApprovalItem[]; error: Error | null; decidedBy: string };

/** The open inbox's requests; mounted on open, so ages count from then and tick while it is open. */
function ApprovalsList({ items, error, decidedBy }: ApprovalsListProps) {
  const decide = useDecideApproval(decidedBy);
  const showToast = useToastStore((s) => s.show);
  const rows = useWorkspaceRows();
  const names = useMemo(() => new Map(rows.map((r) => [r.id, r.name])), [rows]);
  const now = useNow(true, 10_000);

  const handleDecide = (item: ApprovalItem, decision: ApprovalDecision) => {
    decide(item, decision).catch((err: unknown) => {
      const { title, message } = describeError(err);
      showToast({ kind: "error", title: `Could not save the decision: ${title}`, message });
    });
  };

  return (
    <>
      {error ? <p className="p-3 text-sm text-danger">{describeError(error).message}</p> : null}
      {items.length === 0 && !error ? <p className="p-3 text-sm text-muted">No approvals waiting.</p> : null}
      <ul>
        {items.map((item) => (
          <ApprovalEntry
            key={item.id}
            item={item}
            now={now}
            workspaceName={item.workspaceName ?? names.get(item.workspaceId) ?? "A workspace"}
            onDecide={handleDecide}
          />
        ))}
      </ul>
    </>
  );
}
