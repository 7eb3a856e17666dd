import type { DelegationRow } from "@/lib/contract";
import type { Queryable } from "./database";

/** The delegation a source already started under an idempotency key, if any. */
export async function delegationForKey(q: Queryable, sourceId: string, key: string) {
  const r = await q.query<{ delegation_id: string; target_id: string }>(
    "SELECT delegation_id, target_id FROM delegation_keys WHERE workspace_id = $1 AND idempotency_key = $2",
    [sourceId, key],
  );
  return r.rows[0] ?? null;
}

/** Claims an idempotency key; false when another request claimed it first. */
export async function claimDelegationKey(
  q: Queryable,
  sourceId: string,
  key: string,
  delegationId: string,
  targetId: string,
) {
  const r = await q.query(
    `INSERT INTO delegation_keys (workspace_id, idempotency_key, delegation_id, target_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING delegation_id`,
    [sourceId, key, delegationId, targetId],
  );
  return r.rows.length > 0;
}

/** Moves the `delegate` row of a delegation to `status` in place; returns its target, or null if unknown. */
export async function setDelegateStatus(
  q: Queryable,
  orgId: string,
  sourceId: string,
  delegationId: string,
  status: string,
): Promise<string | null> {
  const r = await q.query<{ target_id: string }>(
    `UPDATE activity_logs SET status = $4 WHERE org_id = $1 AND workspace_id = $2 AND delegation_id = $3
       AND activity_type = 'delegation' AND method = 'delegate' RETURNING target_id`,
    [orgId, sourceId, delegationId, status],
  );
  return r.rows[0]?.target_id ?? null;
}

type StoredRow = {
  id: string;
  method: string | null;
  source_id: string | null;
  target_id: string | null;
  summary: string | null;
  status: string;
  created_at: Date;
  delegation_id: string | null;
  error_detail: string | null;
  response_body: { text?: unknown } | null;
};

/** A source's delegation rows for `GET /workspaces/:id/delegations`, newest first. */
export async function listDelegations(
  q: Queryable,
  orgId: string,
  sourceId: string,
): Promise<DelegationRow[]> {
  const r = await q.query<StoredRow>(
    `SELECT id, method, source_id, target_id, summary, status, created_at, delegation_id, error_detail, response_body
     FROM activity_logs WHERE org_id = $1 AND workspace_id = $2 AND activity_type = 'delegation'
     ORDER BY created_at DESC, id DESC LIMIT 50`,
    [orgId, sourceId],
  );
  return r.rows.map((row) => ({
    id: row.id,
    type: row.method ?? "delegate",
    source_id: row.source_id,
    target_id: row.target_id,
    summary: row.summary,
    status: row.status,
    created_at: row.created_at.toISOString(),
    ...(row.delegation_id ? { delegation_id: row.delegation_id } : {}),
    ...(row.error_detail ? { error: row.error_detail } : {}),
    ...(typeof row.response_body?.text === "string"
      ? { response_preview: row.response_body.text.slice(0, 200) }
      : {}),
  }));
}
