"use client";

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { describeError } from "@/lib/api/describe-error";
import { useWorkspaceRows } from "@/lib/api/use-workspaces";
import type { ApprovalDecision, ApprovalItem } from "@/lib/approvals/reduce-approvals";
import { useToastStore } from "@/store/toasts";
import { ApprovalEntry } from "./approval-entry";
import { useApprovals, useDecideApproval } from "./use-approvals";

/** The top bar's approvals inbox: a button with the pending count and a popover listing each request. */
export function ApprovalsInbox({ decidedBy = "human" }: { decidedBy?: string }) {
  const { data, error } = useApprovals();
  const decide = useDecideApproval(decidedBy);
  const showToast = useToastStore((s) => s.show);
  const rows = useWorkspaceRows();
  const names = useMemo(() => new Map(rows.map((r) => [r.id, r.name])), [rows]);
  const [isOpen, setIsOpen] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const items = data?.items ?? [];
  const pendingCount = items.filter((a) => a.status === "pending").length;

  useEffect(() => {
    if (!isOpen) return;
    const timer = setInterval(() => setNow(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, [isOpen]);

  const handleDecide = (item: ApprovalItem, decision: ApprovalDecision) => {
    decide(item, decision).catch((err: unknown) => {
      const { title, message } = describeError(err);
      showToast({ kind: "error", title: `Could not save the decision: ${title}`, message });
    });
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    setIsOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => {
          setNow(Date.now());
          setIsOpen((v) => !v);
        }}
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
      {isOpen ? (
        <div
          id={panelId}
          role="dialog"
          aria-label="Approvals inbox"
          onKeyDown={handleKeyDown}
          className="absolute right-0 z-50 mt-2 max-h-96 w-80 overflow-y-auto rounded-lg border border-border bg-bg shadow-lg"
        >
          {error ? <p className="p-3 text-sm text-danger">{describeError(error).message}</p> : null}
          {items.length === 0 && !error ? (
            <p className="p-3 text-sm text-muted">No approvals waiting.</p>
          ) : null}
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
        </div>
      ) : null}
    </div>
  );
}
