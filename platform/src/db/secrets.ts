import { randomUUID } from "node:crypto";
import type { Queryable } from "./database";

export type StoredSecret = {
  key: string;
  ciphertext: string;
  workspace_id: string | null;
  created_at: Date;
  updated_at: Date;
};

/** Global secrets when `workspaceId` is null, else that workspace's own; ordered by key. */
export async function listSecrets(
  q: Queryable,
  orgId: string,
  workspaceId: string | null,
): Promise<StoredSecret[]> {
  const r = await q.query<StoredSecret>(
    `SELECT key, ciphertext, workspace_id, created_at, updated_at FROM secrets
     WHERE org_id = $1 AND workspace_id IS NOT DISTINCT FROM $2 ORDER BY key`,
    [orgId, workspaceId],
  );
  return r.rows;
}

/** Inserts or replaces one sealed value. */
export async function upsertSecret(
  q: Queryable,
  orgId: string,
  workspaceId: string | null,
  key: string,
  ciphertext: string,
): Promise<void> {
  const conflict =
    workspaceId === null
      ? "(org_id, key) WHERE workspace_id IS NULL"
      : "(workspace_id, key) WHERE workspace_id IS NOT NULL";
  await q.query(
    `INSERT INTO secrets (id, org_id, workspace_id, key, ciphertext) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ${conflict} DO UPDATE SET ciphertext = EXCLUDED.ciphertext, updated_at = now()`,
    [randomUUID(), orgId, workspaceId, key, ciphertext],
  );
}

/** Deletes one secret; false when there was none. */
export async function deleteSecret(
  q: Queryable,
  orgId: string,
  workspaceId: string | null,
  key: string,
): Promise<boolean> {
  const r = await q.query(
    "DELETE FROM secrets WHERE org_id = $1 AND workspace_id IS NOT DISTINCT FROM $2 AND key = $3 RETURNING id",
    [orgId, workspaceId, key],
  );
  return r.rows.length > 0;
}

/** Non-removed, non-paused, non-external workspaces with no override of `key` (global-change restarts). */
export async function workspacesUsingGlobal(q: Queryable, orgId: string, key: string): Promise<string[]> {
  const r = await q.query<{ id: string }>(
    `SELECT w.id FROM workspaces w WHERE w.org_id = $1 AND w.status NOT IN ('removed', 'paused') AND NOT w.external
       AND NOT EXISTS (SELECT 1 FROM secrets s WHERE s.workspace_id = w.id AND s.key = $2)`,
    [orgId, key],
  );
  return r.rows.map((row) => row.id);
}
