import type { ActivityRow, PlatformEvent } from "@/lib/contract";

/** An activity row, or one built from a live event before the list is refetched. */
export type ActivityEntry = ActivityRow & { isLive?: boolean };

/** A short stable digest, so the same event always makes the same entry id. */
function digest(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i += 1) hash = (hash * 33) ^ text.charCodeAt(i);
  return (hash >>> 0).toString(36);
}

/**
 * The row a live event stands for, on the workspace shown: `ACTIVITY_LOGGED` carries the row's
 * fields (no bodies, no id), `DELEGATION_*` stand in for delegation rows (contract §4.4).
 */
export function entryFromEvent(event: PlatformEvent, workspaceId: string): ActivityEntry | null {
  if (event.workspace_id !== workspaceId) return null;
  const base = {
    // Derived from the event, so applying it twice (once more after a refetch) adds it once.
    id: `live:${event.event}:${event.timestamp}:${digest(JSON.stringify(event.payload))}`,
    workspace_id: workspaceId,
    created_at: event.timestamp,
    isLive: true,
  };
  switch (event.event) {
    case "ACTIVITY_LOGGED": {
      const p = event.payload;
      return {
        ...base,
        activity_type: p.activity_type,
        source_id: p.source_id,
        target_id: p.target_id,
        method: p.method,
        summary: p.summary,
        duration_ms: p.duration_ms,
        status: p.status,
        error_detail: null,
        ...(p.tool_trace !== undefined ? { tool_trace: p.tool_trace } : {}),
      };
    }
    case "DELEGATION_SENT":
      return delegation(
        base,
        event.payload.target_id,
        "delegate",
        "dispatched",
        `Delegating to ${event.payload.target_id}: ${event.payload.task_preview}`,
        null,
      );
    case "DELEGATION_COMPLETE":
      return delegation(
        base,
        event.payload.target_id ?? null,
        "delegate_result",
        "completed",
        event.payload.response_preview,
        null,
      );
    case "DELEGATION_FAILED":
      return delegation(
        base,
        event.payload.target_id ?? null,
        "delegate_result",
        "failed",
        "Delegation failed",
        event.payload.error,
      );
    default:
      return null;
  }
}

function delegation(
  base: Pick<ActivityEntry, "id" | "workspace_id" | "created_at" | "isLive">,
  targetId: string | null,
  method: string,
  status: string,
  summary: string,
  error: string | null,
): ActivityEntry {
  return {
    ...base,
    activity_type: "delegation",
    source_id: base.workspace_id,
    target_id: targetId,
    method,
    summary,
    duration_ms: null,
    status,
    error_detail: error,
  };
}

const LIVE_MATCH_MS = 10_000;

function sameRow(live: ActivityEntry, row: ActivityRow): boolean {
  if (live.activity_type !== row.activity_type || live.method !== row.method) return false;
  if (live.activity_type !== "delegation" && live.summary !== row.summary) return false;
  if (live.target_id !== null && row.target_id !== null && live.target_id !== row.target_id) return false;
  return Math.abs(Date.parse(live.created_at) - Date.parse(row.created_at)) < LIVE_MATCH_MS;
}

const newestFirst = (a: ActivityEntry, b: ActivityEntry) =>
  a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0;

/**
 * Adds a live entry to the list, newest first; the same list when it is there already or a fetched
 * row already stands for it.
 */
export function addLiveEntry(entries: ActivityEntry[], entry: ActivityEntry): ActivityEntry[] {
  if (entries.some((e) => e.id === entry.id || (!e.isLive && sameRow(entry, e)))) return entries;
  return [entry, ...entries].sort(newestFirst);
}

/**
 * Merges fetched rows into the list, newest first: rows dedupe by id, and a live entry gives way
 * to the fetched row it stood for (same type, method and summary within a few seconds).
 */
export function mergeActivity(
  current: readonly ActivityEntry[],
  fetched: readonly ActivityRow[],
): ActivityEntry[] {
  const ids = new Set(fetched.map((r) => r.id));
  const unmatched = [...fetched];
  const kept = current.filter((entry) => {
    if (ids.has(entry.id)) return false;
    if (!entry.isLive) return true;
    const i = unmatched.findIndex((row) => sameRow(entry, row));
    if (i === -1) return true;
    unmatched.splice(i, 1);
    return false;
  });
  return [...kept, ...fetched].sort(newestFirst);
}
