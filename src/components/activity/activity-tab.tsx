"use client";

import { useMemo, useState } from "react";
import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import { ACTIVITY_FILTERS, filterActivity, type ActivityFilter } from "@/lib/activity/activity-filters";
import { useNow } from "@/lib/use-now";
import { ActivityRow } from "./activity-row";
import { useActivity } from "./use-activity";

/** The panel's activity log for one workspace: newest first, filterable, live. */
export function ActivityTab({ workspaceId }: { workspaceId: string }) {
  const { entries, status, error, retry, loadOlder, hasOlder, isLoadingOlder } = useActivity(workspaceId);
  const [selected, setSelected] = useState<ReadonlySet<ActivityFilter>>(new Set());
  const now = useNow(true, 15_000);
  const visible = useMemo(() => filterActivity(entries, selected), [entries, selected]);

  const toggle = (id: ActivityFilter) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section aria-label="Activity" className="flex h-full min-h-0 flex-col">
      <div
        role="group"
        aria-label="Filter by type"
        className="flex flex-wrap gap-1 border-b border-border/40 p-2"
      >
        {ACTIVITY_FILTERS.map((f) => (
          <button
            key={f.id}
            type="button"
            aria-pressed={selected.has(f.id)}
            onClick={() => toggle(f.id)}
            className="rounded-full border border-border px-2 py-0.5 text-xs aria-pressed:bg-accent aria-pressed:text-accent-fg"
          >
            {f.label}
          </button>
        ))}
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {status === "pending" ? <Spinner label="Loading activity" className="m-4" /> : null}
        {status === "error" ? (
          <div className="p-3">
            <ErrorState error={error} onRetry={retry} />
          </div>
        ) : null}
        {status === "success" && visible.length === 0 ? (
          <p className="p-4 text-sm text-muted">
            {entries.length === 0 ? "No activity yet." : "Nothing matches these filters."}
          </p>
        ) : null}
        <ol aria-label="Activity rows">
          {visible.map((entry) => (
            <ActivityRow key={entry.id} entry={entry} now={now} />
          ))}
        </ol>
        {hasOlder ? (
          <button
            type="button"
            onClick={loadOlder}
            disabled={isLoadingOlder}
            className="m-3 text-xs text-muted underline"
          >
            {isLoadingOlder ? "Loading…" : "Load older"}
          </button>
        ) : null}
      </div>
    </section>
  );
}
