"use client";

import { memo, useState } from "react";
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

/** Summaries longer than this may be cut by the row's width, so the row offers to show them whole. */
const LONG_SUMMARY = 40;

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
  const summary = entry.summary ?? entry.method ?? entry.activity_type;
  const isLong = summary.length > LONG_SUMMARY;
  const [isFull, setFull] = useState(false);
  const heading = (
    <span className="flex min-w-0 items-baseline gap-2">
      <span
        className={`shrink-0 rounded px-1.5 text-[11px] font-semibold ${isFailed ? "bg-danger/15 text-danger" : "bg-surface text-muted"}`}
      >
        {TYPE_LABELS[entry.activity_type] ?? entry.activity_type}
      </span>
      {/* Plain text, never markup: the summary comes from the agent. */}
      <span className={`min-w-0 flex-1 ${isFull ? "whitespace-pre-wrap break-words" : "truncate"}`}>
        {summary}
      </span>
      <span className="shrink-0 text-[11px] text-muted">
        {entry.status}
        {duration ? ` · ${duration}` : ""} · <time dateTime={entry.created_at}>{age}</time>
      </span>
    </span>
  );
  return (
    <li
      className={`flex items-start gap-1 border-b border-border/30 px-3 py-2 text-sm ${isFailed ? "bg-danger/5" : ""}`}
    >
      {hasDetails || hint ? (
        <details className="min-w-0 flex-1">
          <summary className="cursor-pointer list-none">{heading}</summary>
          {entry.error_detail ? <p className="mt-1 text-xs text-danger">{entry.error_detail}</p> : null}
          {hint ? <p className="mt-1 text-xs text-muted">Hint: {hint}</p> : null}
          {entry.request_body !== undefined ? <Body label="Request" body={entry.request_body} /> : null}
          {entry.response_body !== undefined ? <Body label="Response" body={entry.response_body} /> : null}
          {entry.tool_trace !== undefined ? <Body label="Tool trace" body={entry.tool_trace} /> : null}
        </details>
      ) : (
        <div className="min-w-0 flex-1">{heading}</div>
      )}
      {isLong ? (
        <button
          type="button"
          aria-expanded={isFull}
          aria-label={isFull ? "Show less of the summary" : "Show the full summary"}
          title={isFull ? "Show less" : "Show the full summary"}
          onClick={() => setFull(!isFull)}
          className="shrink-0 rounded px-1 text-xs text-muted outline-none hover:bg-surface hover:text-fg focus-visible:ring-2 focus-visible:ring-accent"
        >
          <span aria-hidden="true">{isFull ? "▴" : "▾"}</span>
        </button>
      ) : null}
    </li>
  );
});
