import { randomUUID } from "node:crypto";
import type { ActivityRow } from "@/lib/contract";
import type { Queryable } from "./database";
import { jsonbText, storableText } from "./storable";

/** What a writer supplies for one activity row; omitted fields are stored as NULL. */
export type NewActivity = {
  workspace_id: string;
  activity_type: string;
  source_id?: string | null;
  target_id?: string | null;
  method?: string | null;
  summary?: string | null;
  request_body?: unknown;
  response_body?: unknown;
  tool_trace?: unknown;
  duration_ms?: number | null;
  status?: string;
  error_detail?: string | null;
  delegation_id?: string | null;
};

type StoredActivity = {
  id: string;
  workspace_id: string;
  activity_type: string;
  source_id: string | null;
  target_id: string | null;
  method: string | null;
  summary: string | null;
  request_body: unknown;
  response_body: unknown;
  tool_trace: unknown;
  duration_ms: number | null;
  status: string;
  error_detail: string | null;
  created_at: Date;
};

/** Inserts one activity row for a workspace of the org and returns it in contract shape. */
export async function insertActivity(q: Queryable, orgId: string, row: NewActivity): Promise<ActivityRow> {
  const r = await q.query<StoredActivity>(
    `INSERT INTO activity_logs (id, org_id, workspace_id, activity_type, source_id, target_id, method, summary,
       request_body, response_body, tool_trace, duration_ms, status, error_detail, delegation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING *`,
    [
      randomUUID(),
      orgId,
      row.workspace_id,
      row.activity_type,
      row.source_id ?? null,
      row.target_id ?? null,
      row.method ?? null,
      storableText(row.summary),
      jsonbText(row.request_body),
      jsonbText(row.response_body),
      jsonbText(row.tool_trace),
      row.duration_ms ?? null,
      row.status ?? "ok",
      storableText(row.error_detail),
      row.delegation_id ?? null,
    ],
  );
  return toActivityRow(r.rows[0]!);
}

/** Contract §6.1 row: `request_body`, `response_body` and `tool_trace` keys are absent when NULL. */
export function toActivityRow(s: StoredActivity): ActivityRow {
  return {
    id: s.id,
    workspace_id: s.workspace_id,
    activity_type: s.activity_type,
    source_id: s.source_id,
    target_id: s.target_id,
    method: s.method,
    summary: s.summary,
    ...(s.request_body !== null ? { request_body: s.request_body } : {}),
    ...(s.response_body !== null ? { response_body: s.response_body } : {}),
    ...(s.tool_trace !== null ? { tool_trace: s.tool_trace } : {}),
    duration_ms: s.duration_ms,
    status: s.status,
    error_detail: s.error_detail,
    created_at: s.created_at.toISOString(),
  };
}

export type ActivityFilter = {
  workspaceId?: string;
  type?: string;
  source?: "canvas" | "agent";
  since?: Date;
  limit: number;
};

/** Activity rows of the org (optionally one workspace's), newest first. */
export async function listActivity(q: Queryable, orgId: string, f: ActivityFilter): Promise<ActivityRow[]> {
  const where = ["org_id = $1"];
  const args: unknown[] = [orgId];
  const add = (clause: string, value: unknown) => {
    args.push(value);
    where.push(clause.replace("?", `$${args.length}`));
  };
  if (f.workspaceId) add("workspace_id = ?", f.workspaceId);
  if (f.type) add("activity_type = ?", f.type);
  if (f.source === "canvas") where.push("source_id IS NULL");
  if (f.source === "agent") where.push("source_id IS NOT NULL");
  if (f.since) add("created_at > ?", f.since);
  args.push(f.limit);
  const r = await q.query<StoredActivity>(
    `SELECT * FROM activity_logs WHERE ${where.join(" AND ")} ORDER BY created_at DESC, seq DESC LIMIT $${args.length}`,
    args,
  );
  return r.rows.map(toActivityRow);
}
