"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { workspaceQueries } from "@/lib/api/workspaces";
import { useWorkspaceRow } from "@/lib/api/use-workspaces";
import type { WorkspaceRow } from "@/lib/contract";
import { statusLabel } from "@/lib/workspace-status";

function Time({ value }: { value: string | null | undefined }) {
  if (!value) return <>—</>;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  return <time dateTime={value}>{date.toLocaleString()}</time>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

/** Status, where the agent runs and when things happened, from the cached row plus the detail read. */
export function StatusSection({ row }: { row: WorkspaceRow }) {
  const parent = useWorkspaceRow(row.parent_id);
  // Only the detail route knows when the workspace last called out; the rest comes from the list.
  const detail = useQuery(workspaceQueries.detail(row.id));
  const activeStep = row.provisioning?.steps.find((s) => s.state === "active");
  return (
    <section aria-labelledby="panel-status-heading" className="flex flex-col gap-2">
      <h3 id="panel-status-heading" className="text-sm font-semibold">
        Status
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <Row label="Status">{statusLabel(row.status)}</Row>
        {activeStep ? <Row label="Step">{activeStep.label}</Row> : null}
        {row.provisioning ? (
          <Row label="Starting since">
            <Time value={row.provisioning.started_at} />
          </Row>
        ) : null}
        <Row label="Last change">
          <Time value={row.updated_at} />
        </Row>
        <Row label="Last outbound call">
          {detail.isPending ? (
            "Loading…"
          ) : detail.isError ? (
            "Unavailable"
          ) : (
            <Time value={detail.data.last_outbound_at} />
          )}
        </Row>
        <Row label="Runtime">{row.runtime}</Row>
        <Row label="Team">{parent ? parent.name : "None (top level)"}</Row>
        <Row label="Tasks">
          {row.active_tasks} of {row.max_concurrent_tasks} active
        </Row>
        {row.current_task ? <Row label="Current task">{row.current_task}</Row> : null}
        {row.url ? <Row label="Agent URL">{row.url}</Row> : null}
        {row.last_sample_error ? (
          <Row label="Last error">
            <span className="text-danger">{row.last_sample_error}</span>
          </Row>
        ) : null}
      </dl>
    </section>
  );
}
