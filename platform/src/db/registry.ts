import { REACHABLE_STATUSES, type ProvisioningProgress, type WorkspaceStatus } from "@/lib/contract";
import type { Queryable } from "./database";
import type { WorkspaceRecord } from "./workspaces";

/** True when any ancestor (up to 32 hops) is paused. */
export async function hasPausedAncestor(q: Queryable, orgId: string, id: string): Promise<boolean> {
  const r = await q.query(
    `WITH RECURSIVE chain(id, parent_id, status, depth) AS (
       SELECT id, parent_id, status, 0 FROM workspaces WHERE org_id = $1 AND id = $2
       UNION ALL
       SELECT w.id, w.parent_id, w.status, c.depth + 1 FROM workspaces w JOIN chain c ON w.id = c.parent_id
       WHERE w.org_id = $1 AND c.depth < 32
     )
     SELECT 1 FROM chain WHERE depth > 0 AND status = 'paused' LIMIT 1`,
    [orgId, id],
  );
  return r.rows.length > 0;
}

/** Live agents whose last heartbeat (or registration) is older than `ttlSeconds`. */
export async function staleAgents(
  q: Queryable,
  orgId: string,
  ttlSeconds: number,
): Promise<WorkspaceRecord[]> {
  const r = await q.query<WorkspaceRecord>(
    `SELECT * FROM workspaces WHERE org_id = $1 AND status = ANY($3::text[])
       AND COALESCE(last_heartbeat_at, updated_at) < now() - make_interval(secs => $2)`,
    [orgId, ttlSeconds, REACHABLE_STATUSES],
  );
  return r.rows;
}

/** The org's `provisioning` workspaces, longest waiting first (the provision-timeout sweep). */
export async function provisioningWorkspaces(q: Queryable, orgId: string): Promise<WorkspaceRecord[]> {
  const r = await q.query<WorkspaceRecord>(
    "SELECT * FROM workspaces WHERE org_id = $1 AND status = 'provisioning' ORDER BY updated_at",
    [orgId],
  );
  return r.rows;
}

/** Fails the workspace only while it is still provisioning: its agent may have registered since. */
export async function failStillProvisioning(
  q: Queryable,
  orgId: string,
  id: string,
  error: string,
): Promise<boolean> {
  const r = await q.query(
    "UPDATE workspaces SET status = 'failed', last_sample_error = $3, updated_at = now() WHERE org_id = $1 AND id = $2 AND status = 'provisioning' RETURNING id",
    [orgId, id, error],
  );
  return r.rows.length > 0;
}

/** Peers of a workspace (contract §4.2): siblings (roots when parentless), then children, then the parent. */
export async function peersOf(q: Queryable, orgId: string, ws: WorkspaceRecord, like: string | null) {
  const r = await q.query<WorkspaceRecord & { rank: number }>(
    `SELECT *, CASE WHEN id = $3 THEN 2 WHEN parent_id = $2 THEN 1 ELSE 0 END AS rank FROM workspaces
     WHERE org_id = $1 AND status <> 'removed' AND id <> $2
       AND ((parent_id IS NOT DISTINCT FROM $3) OR parent_id = $2 OR id = $3)
       AND ($4::text IS NULL OR name ILIKE $4 OR role ILIKE $4)
     ORDER BY rank, created_at, id`,
    [orgId, ws.id, ws.parent_id, like === null ? null : `%${like.replace(/[\\%_]/g, "\\$&")}%`],
  );
  return r.rows;
}

/** The org's lead for the demo driver: the oldest online root with children, once nothing is still starting. */
export async function demoLead(q: Queryable, orgId: string): Promise<WorkspaceRecord | null> {
  const r = await q.query<WorkspaceRecord>(
    `SELECT w.* FROM workspaces w WHERE w.org_id = $1 AND w.parent_id IS NULL AND w.status = 'online'
       AND EXISTS (SELECT 1 FROM workspaces c WHERE c.parent_id = w.id AND c.status <> 'removed')
       AND NOT EXISTS (SELECT 1 FROM workspaces p WHERE p.org_id = $1 AND p.status = 'provisioning')
     ORDER BY w.created_at, w.id LIMIT 1`,
    [orgId],
  );
  return r.rows[0] ?? null;
}

/** Statuses whose local agent should be running: reachable, or down and expected back. */
const RESUMABLE_STATUSES: readonly WorkspaceStatus[] = [...REACHABLE_STATUSES, "offline", "provisioning"];

/** Workspaces whose local agent should be running (used to bring agents back after a platform restart). */
export async function agentsToResume(q: Queryable, orgId: string): Promise<string[]> {
  const r = await q.query<{ id: string }>(
    `SELECT id FROM workspaces WHERE org_id = $1 AND status = ANY($2::text[])
       AND NOT external AND runtime <> 'external' ORDER BY created_at, id`,
    [orgId, RESUMABLE_STATUSES],
  );
  return r.rows.map((row) => row.id);
}

/** Stores provisioning progress in one statement (it is written twice per step while an agent boots). */
export async function saveProvisioning(
  q: Queryable,
  orgId: string,
  id: string,
  progress: ProvisioningProgress,
) {
  await q.query("UPDATE workspaces SET provisioning = $3, updated_at = now() WHERE org_id = $1 AND id = $2", [
    orgId,
    id,
    JSON.stringify(progress),
  ]);
}
