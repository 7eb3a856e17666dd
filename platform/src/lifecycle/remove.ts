import { finishDelegation } from "../agents/delegations";
import type { Ctx } from "../context";
import type { Queryable } from "../db/database";
import { revokeTokens } from "../db/tokens";
import { descendantIds, inTx } from "../db/workspaces";
import { HttpError } from "../http/errors";

/**
 * DELETE (contract §2.3): every descendant becomes `removed` before the target, layouts go,
 * tokens are revoked, all in one transaction; then agents stop and events go out
 * (each descendant, then the target with `cascade_deleted`). `purge` hard-deletes instead.
 * An unknown id still answers `removed` with 0, as upstream does.
 */
export async function removeWorkspace(ctx: Ctx, orgId: string, id: string, purge: boolean) {
  const descendants = await descendantIds(ctx.db.pg, orgId, id);
  const all = [...descendants, id];
  const dropped = await inTx(ctx.db.pg, async (q) => {
    await q.query(
      "UPDATE workspaces SET status = 'removed', url = '', updated_at = now() WHERE org_id = $1 AND id = ANY($2::uuid[])",
      [orgId, descendants],
    );
    await q.query(
      "UPDATE workspaces SET status = 'removed', url = '', updated_at = now() WHERE org_id = $1 AND id = $2",
      [orgId, id],
    );
    const owned = await ownedIds(q, orgId, all);
    // Calls still waiting for a removed agent would wait forever: they fail now.
    const queued = await q.query<{ caller_id: string | null; delegation_id: string | null }>(
      `UPDATE a2a_queue SET status = 'failed'
       WHERE org_id = $1 AND workspace_id = ANY($2::uuid[]) AND status = 'queued'
       RETURNING caller_id, delegation_id`,
      [orgId, owned],
    );
    await q.query("DELETE FROM canvas_layouts WHERE workspace_id = ANY($1::uuid[])", [owned]);
    await revokeTokens(q, owned);
    if (purge) await purgeRows(q, orgId, owned);
    return queued.rows;
  });
  const removed = new Set(all);
  for (const { caller_id: callerId, delegation_id: delegationId } of dropped) {
    if (!callerId || !delegationId || removed.has(callerId)) continue;
    await finishDelegation(ctx, orgId, callerId, delegationId, {
      ok: false,
      error: "the target workspace was removed before it took the task",
    });
  }

  let failures = 0;
  const errors: string[] = [];
  for (const wsId of all) {
    await ctx.provisioner.stop(wsId).catch((err: unknown) => {
      failures += 1;
      errors.push(err instanceof Error ? err.message : String(err));
    });
  }
  for (const wsId of descendants) await ctx.events.publish(orgId, "WORKSPACE_REMOVED", wsId, {});
  await ctx.events.publish(orgId, "WORKSPACE_REMOVED", id, { cascade_deleted: descendants.length });

  if (failures > 0) {
    throw new HttpError(
      500,
      `workspace marked removed, but ${failures} stop call(s) failed — please retry: ${errors.join("; ")}`,
      { removed_count: all.length, stop_failures: failures },
    );
  }
  return { status: purge ? "purged" : "removed", cascade_deleted: descendants.length };
}

/** The subset of `ids` that belongs to the org (revocations and purges never cross orgs). */
async function ownedIds(q: Queryable, orgId: string, ids: string[]): Promise<string[]> {
  const r = await q.query<{ id: string }>(
    "SELECT id FROM workspaces WHERE org_id = $1 AND id = ANY($2::uuid[])",
    [orgId, ids],
  );
  return r.rows.map((row) => row.id);
}

async function purgeRows(q: Queryable, orgId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await q.query("DELETE FROM activity_logs WHERE org_id = $1 AND workspace_id = ANY($2::uuid[])", [
    orgId,
    ids,
  ]);
  await q.query("DELETE FROM structure_events WHERE org_id = $1 AND workspace_id = ANY($2::uuid[])", [
    orgId,
    ids,
  ]);
  // Older removed children may still point at a purged parent; detach them so the FK holds.
  await q.query("UPDATE workspaces SET parent_id = NULL WHERE org_id = $1 AND parent_id = ANY($2::uuid[])", [
    orgId,
    ids,
  ]);
  await q.query("DELETE FROM workspaces WHERE org_id = $1 AND id = ANY($2::uuid[])", [orgId, ids]);
}
