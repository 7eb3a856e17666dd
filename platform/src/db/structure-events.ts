import { randomUUID } from "node:crypto";
import type { Queryable } from "./database";
import { jsonbText } from "./storable";

/** One persisted event (`structure_events`, contract §3.2). */
export type StoredEvent = {
  id: string;
  event_type: string;
  workspace_id: string | null;
  payload: unknown;
  created_at: Date;
};

export async function insertStructureEvent(
  q: Queryable,
  orgId: string,
  eventType: string,
  workspaceId: string,
  payload: unknown,
): Promise<void> {
  await q.query(
    "INSERT INTO structure_events (id, org_id, event_type, workspace_id, payload) VALUES ($1, $2, $3, $4, $5)",
    [randomUUID(), orgId, eventType, workspaceId || null, jsonbText(payload)],
  );
}

const SELECT = "SELECT id, event_type, workspace_id, payload, created_at FROM structure_events";
const NEWEST_100 = "ORDER BY created_at DESC, seq DESC LIMIT 100";

/** The org's last 100 events, newest first; only one workspace's when `workspaceId` is given. */
export async function listStructureEvents(
  q: Queryable,
  orgId: string,
  workspaceId?: string,
): Promise<StoredEvent[]> {
  const r =
    workspaceId === undefined
      ? await q.query<StoredEvent>(`${SELECT} WHERE org_id = $1 ${NEWEST_100}`, [orgId])
      : await q.query<StoredEvent>(`${SELECT} WHERE org_id = $1 AND workspace_id = $2 ${NEWEST_100}`, [
          orgId,
          workspaceId,
        ]);
  return r.rows;
}
