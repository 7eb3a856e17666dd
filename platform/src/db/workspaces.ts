import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import type {
  AgentCard,
  ProvisioningProgress,
  WorkspaceDetail,
  WorkspaceRow,
  WorkspaceStatus,
} from "@/lib/contract";
import type { Queryable } from "./database";

/** One `workspaces` row with its layout joined: everything the platform stores about a workspace. */
export type WorkspaceRecord = {
  id: string;
  org_id: string;
  name: string;
  role: string | null;
  tier: number;
  status: WorkspaceStatus;
  url: string;
  parent_id: string | null;
  runtime: string;
  model: string;
  external: boolean;
  agent_card: AgentCard | null;
  active_tasks: number;
  max_concurrent_tasks: number;
  current_task: string;
  last_error_rate: number;
  last_sample_error: string;
  uptime_seconds: number;
  workspace_dir: string | null;
  budget_limit: number | null;
  monthly_spend: number;
  provisioning: ProvisioningProgress | null;
  provision_timeout_ms: number | null;
  runtime_config: Record<string, unknown>;
  last_heartbeat_at: Date | null;
  last_outbound_at: Date | null;
  created_at: Date;
  updated_at: Date;
  x: number;
  y: number;
  collapsed: boolean;
};

/** Columns a caller may write through `insertWorkspace`/`updateWorkspace`/`setStatus`. */
export type WorkspaceColumns = Partial<
  Omit<WorkspaceRecord, "id" | "org_id" | "created_at" | "updated_at" | "x" | "y" | "collapsed">
>;
export type LayoutColumns = Partial<Pick<WorkspaceRecord, "x" | "y" | "collapsed">>;

const JSON_COLUMNS = new Set(["agent_card", "provisioning", "runtime_config"]);

const SELECT = `SELECT w.*, COALESCE(l.x, 0) AS x, COALESCE(l.y, 0) AS y, COALESCE(l.collapsed, false) AS collapsed
  FROM workspaces w LEFT JOIN canvas_layouts l ON l.workspace_id = w.id`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Runs `fn` in a transaction unless `q` already is one (PGlite transactions do not nest). */
export function inTx<T>(q: Queryable, fn: (q: Queryable) => Promise<T>): Promise<T> {
  return isDatabase(q) ? q.transaction(fn) : fn(q);
}

const isDatabase = (q: Queryable): q is PGlite => typeof (q as Partial<PGlite>).transaction === "function";

/**
 * The org a workspace belongs to, looked up across orgs: only for naming the org of a request
 * that carries the workspace's own token.
 */
export async function workspaceOrgId(q: Queryable, id: string): Promise<string | null> {
  const r = await q.query<{ org_id: string }>("SELECT org_id FROM workspaces WHERE id = $1", [id]);
  return r.rows[0]?.org_id ?? null;
}

/** Every workspace id of an org, removed ones included. */
export async function allWorkspaceIds(q: Queryable, orgId: string): Promise<string[]> {
  const r = await q.query<{ id: string }>("SELECT id FROM workspaces WHERE org_id = $1", [orgId]);
  return r.rows.map((row) => row.id);
}

/** Non-removed workspaces of an org, oldest first, layout joined. */
export async function listWorkspaces(q: Queryable, orgId: string): Promise<WorkspaceRecord[]> {
  const r = await q.query<WorkspaceRecord>(
    `${SELECT} WHERE w.org_id = $1 AND w.status <> 'removed' ORDER BY w.created_at ASC, w.seq ASC`,
    [orgId],
  );
  return r.rows;
}

/** One workspace of the org, removed ones included; null when it is not this org's. */
export async function getWorkspace(q: Queryable, orgId: string, id: string): Promise<WorkspaceRecord | null> {
  const r = await q.query<WorkspaceRecord>(`${SELECT} WHERE w.org_id = $1 AND w.id = $2`, [orgId, id]);
  return r.rows[0] ?? null;
}

/** The contract §2.1 list row, plus the `provisioning`, `updated_at` and `budget_used` extensions. */
export function toWorkspaceRow(rec: WorkspaceRecord): WorkspaceRow & { budget_used: number } {
  return {
    id: rec.id,
    name: rec.name,
    role: rec.role || null,
    tier: rec.tier,
    status: rec.status,
    url: rec.url,
    parent_id: rec.parent_id,
    x: rec.x,
    y: rec.y,
    collapsed: rec.collapsed,
    agent_card: rec.agent_card,
    active_tasks: rec.active_tasks,
    max_concurrent_tasks: rec.max_concurrent_tasks,
    current_task: rec.current_task,
    last_error_rate: rec.last_error_rate,
    last_sample_error: rec.last_sample_error,
    uptime_seconds: rec.uptime_seconds,
    runtime: rec.runtime,
    workspace_dir: rec.workspace_dir,
    budget_limit: rec.budget_limit === null ? null : Number(rec.budget_limit),
    monthly_spend: Number(rec.monthly_spend),
    budget_used: Number(rec.monthly_spend),
    ...(rec.provision_timeout_ms !== null ? { provision_timeout_ms: rec.provision_timeout_ms } : {}),
    ...(rec.status === "provisioning" && rec.provisioning ? { provisioning: rec.provisioning } : {}),
    updated_at: rec.updated_at.toISOString(),
  };
}

/** Fields `GET /workspaces/:id` leaves out (contract §2.3). */
const PRIVATE_FIELDS = [
  "budget_limit",
  "monthly_spend",
  "budget_used",
  "current_task",
  "last_sample_error",
  "workspace_dir",
] as const;

/** `GET /workspaces/:id` (§2.3): the row without the private fields, plus `last_outbound_at`. */
export function toWorkspaceDetail(rec: WorkspaceRecord): WorkspaceDetail {
  const row: Record<string, unknown> = { ...toWorkspaceRow(rec) };
  for (const field of PRIVATE_FIELDS) delete row[field];
  return { ...row, last_outbound_at: iso(rec.last_outbound_at) } as WorkspaceDetail;
}

export type NewWorkspace = WorkspaceColumns &
  LayoutColumns & { id?: string; name: string; status: WorkspaceStatus };

/** Inserts a workspace and its layout in one statement, so the pair is atomic. */
export async function insertWorkspace(
  q: Queryable,
  orgId: string,
  fields: NewWorkspace,
): Promise<WorkspaceRecord> {
  const { x = 0, y = 0, collapsed = false, id = randomUUID(), ...cols } = fields;
  const entries = Object.entries(cols).filter(([, v]) => v !== undefined);
  const names = ["id", "org_id", ...entries.map(([k]) => k)];
  const values = [id, orgId, ...entries.map(([k, v]) => encode(k, v))];
  const placeholders = values.map((_, i) => `$${i + 1}`);
  const n = values.length;
  await q.query(
    // clock_timestamp, not now(): rows inserted in one transaction must still list in insert order.
    `WITH w AS (INSERT INTO workspaces (${names.join(", ")}, created_at, updated_at)
       VALUES (${placeholders.join(", ")}, clock_timestamp(), clock_timestamp()) RETURNING id)
     INSERT INTO canvas_layouts (workspace_id, x, y, collapsed) SELECT id, $${n + 1}, $${n + 2}, $${n + 3} FROM w`,
    [...values, x, y, collapsed],
  );
  const rec = await getWorkspace(q, orgId, id);
  if (!rec) throw new Error(`workspace ${id} vanished after insert`);
  return rec;
}

/**
 * Applies a patch to the workspace columns and/or its layout (one transaction) and bumps
 * `updated_at`. Returns the new record, or null when the id is not this org's.
 */
export async function updateWorkspace(
  q: Queryable,
  orgId: string,
  id: string,
  patch: WorkspaceColumns & LayoutColumns,
): Promise<WorkspaceRecord | null> {
  const { x, y, collapsed, ...cols } = patch;
  return inTx(q, async (t) => {
    const entries = Object.entries(cols).filter(([, v]) => v !== undefined);
    const sets = [...entries.map(([k], i) => `${k} = $${i + 3}`), "updated_at = now()"];
    const r = await t.query(
      `UPDATE workspaces SET ${sets.join(", ")} WHERE org_id = $1 AND id = $2 RETURNING id`,
      [orgId, id, ...entries.map(([k, v]) => encode(k, v))],
    );
    if (r.rows.length === 0) return null;
    if (x !== undefined || y !== undefined || collapsed !== undefined) {
      await t.query(
        `INSERT INTO canvas_layouts (workspace_id, x, y, collapsed) VALUES ($1, COALESCE($2, 0), COALESCE($3, 0), COALESCE($4, false))
         ON CONFLICT (workspace_id) DO UPDATE SET x = COALESCE($2, canvas_layouts.x),
           y = COALESCE($3, canvas_layouts.y), collapsed = COALESCE($4, canvas_layouts.collapsed)`,
        [id, x ?? null, y ?? null, collapsed ?? null],
      );
    }
    return getWorkspace(t, orgId, id);
  });
}

/** Sets the status (and any extra columns, e.g. `url` or `last_sample_error`). */
export function setStatus(
  q: Queryable,
  orgId: string,
  id: string,
  status: WorkspaceStatus,
  extra: WorkspaceColumns = {},
): Promise<WorkspaceRecord | null> {
  return updateWorkspace(q, orgId, id, { ...extra, status });
}

/** Every non-removed descendant at any depth, nearest first (depth-capped: PATCH does not stop cycles). */
export async function descendantIds(q: Queryable, orgId: string, id: string): Promise<string[]> {
  const r = await q.query<{ id: string }>(
    `WITH RECURSIVE tree(id, depth) AS (
       SELECT id, 1 FROM workspaces WHERE org_id = $1 AND parent_id = $2 AND status <> 'removed'
       UNION ALL
       SELECT w.id, t.depth + 1 FROM workspaces w JOIN tree t ON w.parent_id = t.id
       WHERE w.org_id = $1 AND w.status <> 'removed' AND t.depth < 64
     )
     SELECT id FROM tree WHERE id <> $2 GROUP BY id ORDER BY min(depth), id`,
    [orgId, id],
  );
  return r.rows.map((row) => row.id);
}

/** Direct non-removed children, oldest first. */
export async function childrenOf(q: Queryable, orgId: string, id: string): Promise<WorkspaceRecord[]> {
  const r = await q.query<WorkspaceRecord>(
    `${SELECT} WHERE w.org_id = $1 AND w.parent_id = $2 AND w.status <> 'removed' ORDER BY w.created_at ASC, w.seq ASC`,
    [orgId, id],
  );
  return r.rows;
}

function encode(column: string, value: unknown): unknown {
  if (!/^[a-z_]+$/.test(column)) throw new Error(`bad column name ${column}`);
  return JSON_COLUMNS.has(column) && value !== null ? JSON.stringify(value) : value;
}
