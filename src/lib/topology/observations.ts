import { extractA2AText, type ActivityRow, type PlatformEvent } from "@/lib/contract";
import { clip, type CallKind } from "./call";

/** A directly logged call (an `a2a_receive` row or its ACTIVITY_LOGGED announcement). */
export type CallSighting = {
  readonly type: "call";
  readonly origin: "row" | "event";
  readonly rowId: string | null;
  readonly kind: Exclude<CallKind, "delegation">;
  readonly sourceId: string | null;
  readonly targetId: string;
  /** When the platform logged it: the call's end. */
  readonly endAt: number;
  readonly durationMs: number | null;
  readonly status: string;
  readonly method: string | null;
  readonly requestPreview: string;
  readonly responsePreview: string;
};

/** What one row or event says about a delegation; any field may be missing and arrive later. */
export type DelegationSighting = {
  readonly type: "delegation";
  readonly delegationId: string;
  readonly sourceId: string;
  readonly targetId: string | null;
  /** When it was sent, if this sighting knows. */
  readonly at: number | null;
  /** When it finished, if this sighting knows. */
  readonly endAt: number | null;
  readonly status: string;
  readonly requestPreview: string;
  readonly responsePreview: string;
};

export type Sighting = CallSighting | DelegationSighting;

/** `agents`: calls with a caller (delegations, agent → agent calls). `chats`: the user's own calls. */
export type TopologyScope = "agents" | "chats";

/** Which scope's calls a sighting belongs to; the platform is asked for each scope apart. */
export const scopeOf = (s: Sighting): TopologyScope =>
  s.type === "call" && s.kind === "chat" ? "chats" : "agents";

const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === "object" ? (v as Record<string, unknown>) : {};
const text = (v: unknown): string => (typeof v === "string" ? v : "");

function requestText(body: unknown): string {
  const params = record(record(body).params);
  return extractA2AText(record(params.message));
}

function responseText(body: unknown): string {
  const b = record(body);
  if ("result" in b) return extractA2AText(b.result);
  return text(b.error) || text(b.text);
}

/**
 * Reads one activity row: `a2a_receive` (agent caller = a2a, no caller = the user's chat; `notify`
 * is an agent push, not a call) and `delegation` rows. Anything else says nothing about traffic.
 */
export function sightingFromRow(row: ActivityRow): Sighting | null {
  const endAt = Date.parse(row.created_at);
  if (Number.isNaN(endAt)) return null;
  if (row.activity_type === "a2a_receive") {
    if (row.method === "notify") return null;
    return {
      type: "call",
      origin: "row",
      rowId: row.id,
      kind: row.source_id === null ? "chat" : "a2a",
      sourceId: row.source_id,
      targetId: row.target_id ?? row.workspace_id,
      endAt,
      durationMs: row.duration_ms,
      status: row.status,
      method: row.method,
      requestPreview: clip(requestText(row.request_body)),
      responsePreview: clip(responseText(row.response_body) || (row.error_detail ?? "")),
    };
  }
  if (row.activity_type !== "delegation") return null;
  const isStart = row.method === "delegate";
  const body = record(isStart ? row.request_body : row.response_body);
  const delegationId = text(body.delegation_id);
  if (delegationId === "" || (!isStart && row.method !== "delegate_result")) return null;
  return {
    type: "delegation",
    delegationId,
    sourceId: row.source_id ?? row.workspace_id,
    targetId: row.target_id,
    at: isStart ? endAt : null,
    endAt: isStart || row.status === "queued" ? null : endAt,
    status: row.status,
    requestPreview: isStart ? clip(text(body.task)) : "",
    responsePreview: isStart ? "" : clip(text(body.text) || (row.error_detail ?? "")),
  };
}

/** Reads one live event the same way; events that carry no call return null. */
export function sightingFromEvent(event: PlatformEvent): Sighting | null {
  const at = Date.parse(event.timestamp);
  if (Number.isNaN(at)) return null;
  const base = { type: "delegation" as const, sourceId: event.workspace_id, requestPreview: "" };
  switch (event.event) {
    case "ACTIVITY_LOGGED": {
      const p = event.payload;
      if (p.activity_type !== "a2a_receive" || p.method === "notify") return null;
      return {
        type: "call",
        origin: "event",
        rowId: null,
        kind: p.source_id === null ? "chat" : "a2a",
        sourceId: p.source_id,
        targetId: p.target_id ?? event.workspace_id,
        endAt: at,
        durationMs: p.duration_ms,
        status: p.status,
        method: p.method,
        requestPreview: clip(p.summary ?? ""),
        responsePreview: "",
      };
    }
    case "DELEGATION_SENT":
      return {
        ...base,
        delegationId: event.payload.delegation_id,
        targetId: event.payload.target_id,
        at,
        endAt: null,
        status: "pending",
        requestPreview: clip(event.payload.task_preview),
        responsePreview: "",
      };
    case "DELEGATION_STATUS":
      return {
        ...base,
        delegationId: event.payload.delegation_id,
        targetId: event.payload.target_id,
        at: null,
        endAt: null,
        status: event.payload.status,
        responsePreview: "",
      };
    case "DELEGATION_COMPLETE":
    case "DELEGATION_FAILED": {
      const isDone = event.event === "DELEGATION_COMPLETE";
      return {
        ...base,
        delegationId: event.payload.delegation_id,
        targetId: event.payload.target_id ?? null,
        at: null,
        endAt: at,
        status: isDone ? "completed" : "failed",
        responsePreview: clip(isDone ? event.payload.response_preview : event.payload.error),
      };
    }
    default:
      return null;
  }
}
