import type { PlatformEvent, WorkspaceRow } from "@/lib/contract";

type EventName = PlatformEvent["event"];

/** Events that set a row's `status`; only these go through the stale-timestamp guard. */
export const STATUS_EVENTS: ReadonlySet<EventName> = new Set<EventName>([
  "WORKSPACE_PROVISIONING",
  "WORKSPACE_ONLINE",
  "WORKSPACE_AWAITING_AGENT",
  "WORKSPACE_OFFLINE",
  "WORKSPACE_DEGRADED",
  "WORKSPACE_PROVISION_FAILED",
  "WORKSPACE_PAUSED",
  "WORKSPACE_HIBERNATED",
]);

/** Events whose subject is a workspace row; the rest (activity, delegation, approvals…) never touch rows. */
export const ROW_EVENTS: ReadonlySet<EventName> = new Set<EventName>([
  ...STATUS_EVENTS,
  "WORKSPACE_REMOVED",
  "WORKSPACE_HEARTBEAT",
  "TASK_UPDATED",
  "AGENT_CARD_UPDATED",
  "WORKSPACE_UPDATED",
  "WORKSPACE_PROVISION_PROGRESS",
]);

/** Fields a status event owns: a stale full-row update must not roll them back. */
export const STATUS_FIELDS = ["status", "url", "last_error_rate", "last_sample_error"] as const;

/** Deep equality for JSON-shaped data (rows, agent cards), so an identical update keeps the old reference. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const aKeys = Object.keys(aRecord).filter((k) => aRecord[k] !== undefined);
  const bKeys = Object.keys(bRecord).filter((k) => bRecord[k] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((k) => sameJson(aRecord[k], bRecord[k]));
}

/** Drops undefined values: an absent payload key leaves the row's field alone. */
function defined(patch: Partial<WorkspaceRow>): Partial<WorkspaceRow> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

function patchRow(row: WorkspaceRow, patch: Partial<WorkspaceRow>): WorkspaceRow {
  const changed = Object.entries(patch).some(([key, value]) => !sameJson(row[key], value));
  return changed ? { ...row, ...patch } : row;
}

/**
 * A status change also stamps `updated_at` with the event time, mirroring the server, so the
 * provisioning timer of a restarted workspace counts from the restart rather than the first boot.
 */
function setStatus(
  row: WorkspaceRow,
  status: string,
  event: PlatformEvent,
  extra: Partial<WorkspaceRow> = {},
): WorkspaceRow {
  const stamp = row.status === status ? {} : { updated_at: event.timestamp };
  return patchRow(row, { ...defined(extra), status, ...stamp });
}

/** Applies one event to a row that is already known; returns the same row when nothing changes. */
export function applyRowEvent(row: WorkspaceRow, event: PlatformEvent): WorkspaceRow {
  switch (event.event) {
    case "WORKSPACE_PROVISIONING": {
      const { name, tier, runtime } = event.payload;
      const next = setStatus(row, "provisioning", event, { url: "", name, tier, runtime });
      if (next.provisioning === undefined) return next;
      // A new attempt: the previous attempt's steps would make the elapsed time wrong.
      const { provisioning: _previousAttempt, ...rest } = next;
      return rest;
    }
    case "WORKSPACE_ONLINE": {
      const { url, agent_card, name } = event.payload;
      return setStatus(row, "online", event, { url, agent_card, name });
    }
    case "WORKSPACE_AWAITING_AGENT":
      return setStatus(row, "awaiting_agent", event);
    case "WORKSPACE_OFFLINE":
      return setStatus(row, "offline", event);
    case "WORKSPACE_DEGRADED": {
      const { error_rate, sample_error } = event.payload;
      return setStatus(row, "degraded", event, {
        last_error_rate: error_rate,
        last_sample_error: sample_error,
      });
    }
    case "WORKSPACE_PROVISION_FAILED":
      return setStatus(row, "failed", event, { last_sample_error: event.payload.error });
    case "WORKSPACE_PAUSED":
      return setStatus(row, "paused", event);
    case "WORKSPACE_HIBERNATED":
      return setStatus(row, "hibernated", event);
    case "WORKSPACE_HEARTBEAT": {
      const { active_tasks, uptime_seconds } = event.payload;
      return patchRow(row, { active_tasks, uptime_seconds });
    }
    case "TASK_UPDATED": {
      const { current_task, active_tasks } = event.payload;
      return patchRow(row, { current_task, active_tasks });
    }
    case "AGENT_CARD_UPDATED":
      return patchRow(row, { agent_card: event.payload.agent_card });
    case "WORKSPACE_PROVISION_PROGRESS":
      return patchRow(row, { provisioning: event.payload });
    default:
      return row;
  }
}
