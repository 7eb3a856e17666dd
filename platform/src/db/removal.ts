import type { Queryable } from "./database";
import { revokeTokens } from "./tokens";

export type DroppedCall = { caller_id: string | null; delegation_id: string | null };

/**
 * Marks the org's rows among `ids` removed (empty URL), drops their layouts, revokes their
 * tokens and fails their queued calls. Returns the ids it marked, the only ones a caller may then
 * act on, and the dropped calls (so their delegating leads can be told).
 */
export async function markRemoved(
  q: Queryable,
  orgId: string,
  ids: string[],
): Promise<{ owned: string[]; dropped: DroppedCall[] }> {
  const marked = await q.query<{ id: string }>(
    `UPDATE workspaces SET status = 'removed', url = '', updated_at = now()
     WHERE org_id = $1 AND id = ANY($2::uuid[]) RETURNING id`,
    [orgId, ids],
  );
  const owned = marked.rows.map((row) => row.id);
  if (owned.length === 0) return { owned, dropped: [] };
  // Calls still waiting for a removed agent would wait forever: they fail now.
  const queued = await q.query<DroppedCall>(
    `UPDATE a2a_queue SET status = 'failed'
     WHERE org_id = $1 AND workspace_id = ANY($2::uuid[]) AND status = 'queued'
     RETURNING caller_id, delegation_id`,
    [orgId, owned],
  );
  await q.query("DELETE FROM canvas_layouts WHERE workspace_id = ANY($1::uuid[])", [owned]);
  await revokeTokens(q, owned);
  return { owned, dropped: queued.rows };
}

/** Marks every workspace of the org removed (the scale seeder's `--replace`); nothing else is touched. */
export async function markAllRemoved(q: Queryable, orgId: string): Promise<void> {
  await q.query("UPDATE workspaces SET status = 'removed' WHERE org_id = $1", [orgId]);
}

/** Hard-deletes the org's rows among `ids` and what hangs off them (`?purge=true`). */
export async function purgeRows(q: Queryable, orgId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const table of ["activity_logs", "structure_events"]) {
    await q.query(`DELETE FROM ${table} WHERE org_id = $1 AND workspace_id = ANY($2::uuid[])`, [orgId, ids]);
  }
  // Older removed children may still point at a purged parent; detach them so the FK holds.
  await q.query("UPDATE workspaces SET parent_id = NULL WHERE org_id = $1 AND parent_id = ANY($2::uuid[])", [
    orgId,
    ids,
  ]);
  await q.query("DELETE FROM workspaces WHERE org_id = $1 AND id = ANY($2::uuid[])", [orgId, ids]);
}
