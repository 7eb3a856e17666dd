import { randomUUID } from "node:crypto";
import type { PendingApproval, WorkspaceApproval } from "@/lib/contract";
import type { Queryable } from "./database";

export type StoredApproval = {
  id: string;
  workspace_id: string;
  task_id: string | null;
  action: string;
  reason: string | null;
  status: "pending" | "approved" | "denied";
  decided_by: string | null;
  decided_at: Date | null;
  created_at: Date;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toApprovalWire = (a: StoredApproval): WorkspaceApproval => ({
  id: a.id,
  task_id: a.task_id,
  action: a.action,
  reason: a.reason,
  status: a.status,
  decided_by: a.decided_by,
  decided_at: iso(a.decided_at),
  created_at: a.created_at.toISOString(),
});

export async function insertApproval(
  q: Queryable,
  orgId: string,
  workspaceId: string,
  a: { action: string; reason?: string; task_id?: string; context?: unknown },
): Promise<StoredApproval> {
  const r = await q.query<StoredApproval>(
    `INSERT INTO approvals (id, org_id, workspace_id, task_id, action, reason, context)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [
      randomUUID(),
      orgId,
      workspaceId,
      a.task_id ?? null,
      a.action,
      a.reason ?? null,
      a.context === undefined ? null : JSON.stringify(a.context),
    ],
  );
  return r.rows[0]!;
}

/** Pending approvals older than `maxAgeMs` become `denied` by "auto-expired" (contract §5.3). */
export async function expirePending(q: Queryable, orgId: string, maxAgeMs: number): Promise<void> {
  await q.query(
    `UPDATE approvals SET status = 'denied', decided_by = 'auto-expired', decided_at = now()
     WHERE org_id = $1 AND status = 'pending' AND created_at < now() - ($2::int * interval '1 millisecond')`,
    [orgId, maxAgeMs],
  );
}

export async function listPending(q: Queryable, orgId: string): Promise<PendingApproval[]> {
  const r = await q.query<StoredApproval & { workspace_name: string }>(
    `SELECT a.*, w.name AS workspace_name FROM approvals a JOIN workspaces w ON w.id = a.workspace_id
     WHERE a.org_id = $1 AND a.status = 'pending' ORDER BY a.created_at DESC, a.seq DESC LIMIT 50`,
    [orgId],
  );
  return r.rows.map((a) => ({
    id: a.id,
    workspace_id: a.workspace_id,
    workspace_name: a.workspace_name,
    action: a.action,
    reason: a.reason,
    status: "pending" as const,
    created_at: a.created_at.toISOString(),
  }));
}

export async function listForWorkspace(q: Queryable, orgId: string, workspaceId: string) {
  const r = await q.query<StoredApproval>(
    "SELECT * FROM approvals WHERE org_id = $1 AND workspace_id = $2 ORDER BY created_at DESC, seq DESC LIMIT 50",
    [orgId, workspaceId],
  );
  return r.rows.map(toApprovalWire);
}

/** Decides a pending approval; null when it is missing, another workspace's, or already decided. */
export async function decideApproval(
  q: Queryable,
  orgId: string,
  workspaceId: string,
  id: string,
  decision: "approved" | "denied",
  decidedBy: string,
): Promise<StoredApproval | null> {
  const r = await q.query<StoredApproval>(
    `UPDATE approvals SET status = $4, decided_by = $5, decided_at = now()
     WHERE org_id = $1 AND workspace_id = $2 AND id = $3 AND status = 'pending' RETURNING *`,
    [orgId, workspaceId, id, decision, decidedBy],
  );
  return r.rows[0] ?? null;
}
