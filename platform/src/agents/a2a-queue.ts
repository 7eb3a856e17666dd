import { randomUUID } from "node:crypto";
import type { Ctx } from "../context";
import type { Queryable } from "../db/database";
import { getWorkspace } from "../db/workspaces";
import { deliver } from "./a2a-proxy";
import { finishDelegation } from "./delegations";

/** A queued call that stays busy this many drains is given up (failed) instead of retried forever. */
const MAX_ATTEMPTS = 5;

type QueueRow = {
  id: string;
  workspace_id: string;
  caller_id: string | null;
  delegation_id: string | null;
  body: Record<string, unknown>;
  attempts: number;
};

/** Queues a call for a busy agent; returns its id and the target's queue depth. */
export async function enqueueA2A(
  q: Queryable,
  orgId: string,
  workspaceId: string,
  callerId: string | null,
  delegationId: string | null,
  body: Record<string, unknown>,
): Promise<{ id: string; depth: number }> {
  const id = randomUUID();
  await q.query(
    "INSERT INTO a2a_queue (id, org_id, workspace_id, caller_id, delegation_id, body) VALUES ($1, $2, $3, $4, $5, $6)",
    [id, orgId, workspaceId, callerId, delegationId, JSON.stringify(body)],
  );
  const r = await q.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM a2a_queue WHERE org_id = $1 AND workspace_id = $2 AND status = 'queued'",
    [orgId, workspaceId],
  );
  return { id, depth: r.rows[0]?.n ?? 1 };
}

const draining = new Set<string>();

/**
 * Dispatches one workspace's queued calls, oldest first, until the agent is busy again.
 * Single-flight per workspace, so a heartbeat and the loop never deliver a call twice.
 */
export async function drainQueueFor(ctx: Ctx, orgId: string, workspaceId: string): Promise<void> {
  if (draining.has(workspaceId)) return;
  draining.add(workspaceId);
  try {
    for (;;) {
      const r = await ctx.db.pg.query<QueueRow>(
        `SELECT id, workspace_id, caller_id, delegation_id, body, attempts FROM a2a_queue
         WHERE org_id = $1 AND workspace_id = $2 AND status = 'queued' ORDER BY created_at, id LIMIT 1`,
        [orgId, workspaceId],
      );
      const row = r.rows[0];
      const target = await getWorkspace(ctx.db.pg, orgId, workspaceId);
      if (!row || !target) return;
      if (!target.url || !["online", "degraded"].includes(target.status)) return;
      const out = await deliver(ctx, orgId, target, row.caller_id, row.body, null);
      if (out.kind === "busy") {
        const attempts = row.attempts + 1;
        const status = attempts >= MAX_ATTEMPTS ? "failed" : "queued";
        await ctx.db.pg.query("UPDATE a2a_queue SET attempts = $2, status = $3 WHERE id = $1", [
          row.id,
          attempts,
          status,
        ]);
        if (status === "failed" && row.delegation_id && row.caller_id) {
          await finishDelegation(ctx, orgId, row.caller_id, row.delegation_id, {
            ok: false,
            error: "agent stayed busy",
          });
        }
        if (status === "queued") return;
        continue;
      }
      await ctx.db.pg.query("UPDATE a2a_queue SET status = 'done', attempts = attempts + 1 WHERE id = $1", [
        row.id,
      ]);
      if (row.delegation_id && row.caller_id) {
        const ok = out.result.status < 400;
        await finishDelegation(
          ctx,
          orgId,
          row.caller_id,
          row.delegation_id,
          ok
            ? { ok, response: out.result.body, via: "queue_drain" }
            : { ok, error: String((out.result.body as { error?: unknown }).error) },
        );
      }
    }
  } finally {
    draining.delete(workspaceId);
  }
}

/** One tick of the drain loop: every workspace with queued calls. A bad row never stops the others. */
export async function drainAllQueues(ctx: Ctx): Promise<void> {
  const r = await ctx.db.pg.query<{ org_id: string; workspace_id: string }>(
    "SELECT DISTINCT org_id, workspace_id FROM a2a_queue WHERE status = 'queued'",
  );
  await Promise.all(
    r.rows.map((row) =>
      drainQueueFor(ctx, row.org_id, row.workspace_id).catch((err) =>
        ctx.log.error(`draining ${row.workspace_id} failed`, err),
      ),
    ),
  );
}
