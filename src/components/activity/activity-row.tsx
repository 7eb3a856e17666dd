"use client";

import { memo } from "react";
import { isFailedRow } from "@/lib/activity/activity-filters";
import { errorHint, prettyBody } from "@/lib/activity/error-hint";
import type { ActivityEntry } from "@/lib/activity/live-activity";
import { formatAgo, formatDuration } from "@/lib/format-time";

const TYPE_LABELS: Record<string, string> = {
  a2a_receive: "A2A in",
  a2a_send: "A2A out",
  delegation: "Delegation",
  task_update: "Task",
  agent_log: "Log",
  error: "Error",
};

function Body({ label, body }: { label: string; body: unknown }) {
  const { text, isCut } = prettyBody(body);
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-muted">
        {label}
        {isCut ? " (cut)" : ""}
      </summary>
      <pre className="mt-1 max-h-64 overflow-auto rounded bg-bg p-2 font-mono text-[11px] whitespace-pre-wrap">
        {text}
      </pre>
    </details>
  );
}

/** One activity row: type, summary, status, duration and age; bodies and errors on expand. */
export const ActivityRow = memo(function ActivityRow({ entry, now }: { entry: ActivityEntry; now: number }) {
  const isFailed = isFailedRow(entry);
  const duration = entry.duration_ms === null ? null : formatDuration(entry.duration_ms, "ms");
  const hint = isFailed ? errorHint(entry) : null;
  const hasDetails =
    entry.request_body !== undefined ||
    entry.response_body !== undefined ||
    entry.error_detail ||
    entry.tool_trace !== undefined;
  const age = formatAgo(now - Date.parse(entry.created_at));
  const heading = (
    <span className="flex min-w-0 items-baseline gap-2">
      <span
        className={`shrink-0 rounded px-1.5 text-[11px] font-semibold ${isFailed ? "bg-danger/15 text-danger" : "bg-surface text-muted"}`}
      >
        {TYPE_LABELS[entry.activity_type] ?? entry.activity_type}
      </span>
      <span className="min-w-0 flex-1 truncate">{entry.summary ?? entry.method ?? entry.activity_type}</span>
      <span className="shrink-0 text-[11px] text-muted">
        {entry.status}
        {duration ? ` · ${duration}` : ""} · <time dateTime={entry.created_at}>{age}</time>
      </span>
    </span>
  );
  return (
    <li className={`border-b border-border/30 px-3 py-2 text-sm ${isFailed ? "bg-danger/5" : ""}`}>
      {hasDetails || hint ? (
        <details>
          <summary className="cursor-pointer list-none">{heading}</summary>
          {entry.error_detail ? <p className="mt-1 text-xs text-danger">{entry.error_detail}</p> : null}
          {hint ? <p className="mt-1 text-xs text-muted">Hint: {hint}</p> : null}
          {entry.request_body !== undefined ? <Body label="Request" body={entry.request_body} /> : null}
          {entry.response_body !== undefined ? <Body label="Response" body={entry.response_body} /> : null}
          {entry.tool_trace !== undefined ? <Body label="Tool trace" body={entry.tool_trace} /> : null}
        </details>
      ) : (
        heading
      )}
    </li>
  );
});
