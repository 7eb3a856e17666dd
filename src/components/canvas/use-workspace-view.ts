import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { workspaceQueries } from "@/lib/api/workspaces";
import type { ProvisioningProgress, WorkspaceRow } from "@/lib/contract";
import { selectWorkspace } from "@/lib/events/workspace-index";
import { countProvisioning } from "@/lib/graph/provisioning-timeout";

/** Exactly what a card draws; equal values keep the same object, so the card does not re-render. */
export type WorkspaceCardView = {
  id: string;
  name: string;
  role: string | null;
  status: string;
  runtime: string;
  tier: number;
  skills: string[];
  currentTask: string;
  activeTasks: number;
  maxTasks: number;
  /** Only while degraded or failed: the agent's or the provisioner's last error. */
  sampleError: string;
  childCount: number;
  collapsed: boolean;
  /** Provisioning-only fields; empty in every other status so ticking rows stay quiet. */
  provisioning: ProvisioningProgress | undefined;
  provisionTimeoutMs: number | undefined;
  updatedAt: string | undefined;
  concurrentProvisioning: number;
};

const childCounts = new WeakMap<readonly WorkspaceRow[], Map<string, number>>();
const provisioningCounts = new WeakMap<readonly WorkspaceRow[], number>();

// Built once per list reference, so a thousand cards each do a lookup instead of a scan.
function childCountOf(rows: readonly WorkspaceRow[], id: string): number {
  let counts = childCounts.get(rows);
  if (!counts) {
    counts = new Map();
    for (const r of rows)
      if (r.parent_id !== null) counts.set(r.parent_id, (counts.get(r.parent_id) ?? 0) + 1);
    childCounts.set(rows, counts);
  }
  return counts.get(id) ?? 0;
}

function provisioningCountOf(rows: readonly WorkspaceRow[]): number {
  let count = provisioningCounts.get(rows);
  if (count === undefined) {
    count = countProvisioning(rows);
    provisioningCounts.set(rows, count);
  }
  return count;
}

/** The card view of one row, or undefined once the row is gone. */
export function toCardView(rows: readonly WorkspaceRow[], id: string): WorkspaceCardView | undefined {
  const row = selectWorkspace(rows, id);
  if (!row) return undefined;
  const isProvisioning = row.status === "provisioning";
  const showsError = row.status === "degraded" || row.status === "failed";
  return {
    id,
    name: row.name,
    role: row.role,
    status: row.status,
    runtime: row.runtime,
    tier: row.tier,
    skills: (row.agent_card?.skills ?? []).map((s) => s.name || s.id).filter((s) => s !== ""),
    currentTask: row.current_task,
    activeTasks: row.active_tasks,
    maxTasks: row.max_concurrent_tasks,
    sampleError: showsError ? row.last_sample_error : "",
    childCount: childCountOf(rows, id),
    collapsed: row.collapsed,
    provisioning: isProvisioning ? row.provisioning : undefined,
    provisionTimeoutMs: isProvisioning ? row.provision_timeout_ms : undefined,
    updatedAt: isProvisioning ? row.updated_at : undefined,
    concurrentProvisioning: isProvisioning ? provisioningCountOf(rows) : 0,
  };
}

/**
 * Subscribes a card to its own workspace only: the list query's `select` picks the fields the card
 * draws, and structural sharing keeps the result identical unless one of them changed.
 */
export function useWorkspaceView(id: string): WorkspaceCardView | undefined {
  const select = useCallback((rows: WorkspaceRow[]) => toCardView(rows, id), [id]);
  return useQuery({ ...workspaceQueries.list(), select }).data;
}
