import { randomUUID } from "node:crypto";
import type { Queryable } from "./database";

/** A call that waits for a busy agent. */
export type QueuedCall = {
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

/** The oldest call still waiting for a workspace, if any. */
export async function oldestQueuedCall(
  q: Queryable,
  orgId: string,
  workspaceId: string,
): Promise<QueuedCall | null> {
  const r = await q.query<QueuedCall>(
    `SELECT id, workspace_id, caller_id, delegation_id, body, attempts FROM a2a_queue
     WHERE org_id = $1 AND workspace_id = $2 AND status = 'queued' ORDER BY created_at, id LIMIT 1`,
    [orgId, workspaceId],
  );
  return r.rows[0] ?? null;
}

/** Records one more attempt at a queued call and where it stands now (`queued`, `failed` or `done`). */
export async function settleQueuedCall(
  q: Queryable,
  orgId: string,
  id: string,
  attempts: number,
  status: "queued" | "failed" | "done",
): Promise<void> {
  await q.query("UPDATE a2a_queue SET attempts = $3, status = $4 WHERE org_id = $1 AND id = $2", [
    orgId,
    id,
    attempts,
    status,
  ]);
}

/** Every workspace, in every org, with calls waiting: the drain loop's work list. */
export async function workspacesWithQueuedCalls(
  q: Queryable,
): Promise<{ org_id: string; workspace_id: string }[]> {
  const r = await q.query<{ org_id: string; workspace_id: string }>(
    "SELECT DISTINCT org_id, workspace_id FROM a2a_queue WHERE status = 'queued'",
  );
  return r.rows;
}
