import { z } from "zod";
import { agentCardSchema } from "./agent-card";
import { timestampSchema } from "./common";
import { provisioningProgressSchema, workspaceRowSchema } from "./workspace";

const nullableString = z.string().nullable();

/** Payload shapes of the events the canvas reads (contract §3.3; keys exact). Loose: the platform may add keys. */
export const eventPayloadSchemas = {
  WORKSPACE_PROVISIONING: z.looseObject({
    name: z.string().optional(),
    tier: z.number().optional(),
    runtime: z.string().optional(),
    parent_id: z.string().nullable().optional(),
    x: z.number().optional(),
    y: z.number().optional(),
    source_bundle_id: z.string().optional(),
  }),
  WORKSPACE_ONLINE: z.looseObject({
    url: z.string().optional(),
    agent_card: agentCardSchema.nullable().optional(),
    recovered_from: z.string().optional(),
    name: z.string().optional(),
    external: z.boolean().optional(),
  }),
  WORKSPACE_AWAITING_AGENT: z.looseObject({ name: z.string().optional(), external: z.boolean().optional() }),
  WORKSPACE_OFFLINE: z.looseObject({}),
  WORKSPACE_DEGRADED: z.looseObject({
    error_rate: z.number().optional(),
    sample_error: z.string().optional(),
    runtime_state: z.string().optional(),
  }),
  WORKSPACE_PROVISION_FAILED: z.looseObject({
    error: z.string().default(""),
    missing: z.array(z.string()).optional(),
    timeout_secs: z.number().optional(),
    runtime: z.string().optional(),
    source: z.string().optional(),
    log_tail: z.string().optional(),
  }),
  WORKSPACE_PAUSED: z.looseObject({ name: z.string().optional() }),
  WORKSPACE_HIBERNATED: z.looseObject({ name: z.string().optional(), tier: z.number().optional() }),
  WORKSPACE_REMOVED: z.looseObject({ cascade_deleted: z.number().optional() }),
  WORKSPACE_HEARTBEAT: z.looseObject({ active_tasks: z.number(), uptime_seconds: z.number() }),
  TASK_UPDATED: z.looseObject({ current_task: z.string(), active_tasks: z.number() }),
  AGENT_CARD_UPDATED: z.looseObject({ agent_card: agentCardSchema.nullable() }),
  ACTIVITY_LOGGED: z.looseObject({
    activity_type: z.string(),
    method: nullableString,
    summary: nullableString,
    status: z.string(),
    source_id: nullableString,
    target_id: nullableString,
    duration_ms: z.number().nullable(),
    tool_trace: z.unknown().optional(),
  }),
  A2A_RESPONSE: z.looseObject({
    response_body: z.unknown(),
    method: z.string().nullable(),
    duration_ms: z.number().nullable(),
  }),
  AGENT_MESSAGE: z.looseObject({
    message: z.string(),
    workspace_id: z.string(),
    name: z.string().optional(),
    attachments: z
      .array(
        z.looseObject({
          uri: z.string(),
          name: z.string(),
          mimeType: z.string().optional(),
          size: z.number().optional(),
        }),
      )
      .optional(),
  }),
  DELEGATION_SENT: z.looseObject({
    delegation_id: z.string(),
    target_id: z.string(),
    task_preview: z.string(),
  }),
  DELEGATION_STATUS: z.looseObject({
    delegation_id: z.string(),
    target_id: z.string(),
    status: z.enum(["dispatched", "queued"]),
  }),
  DELEGATION_COMPLETE: z.looseObject({
    delegation_id: z.string(),
    target_id: z.string().optional(),
    response_preview: z.string(),
    via: z.string().optional(),
  }),
  DELEGATION_FAILED: z.looseObject({
    delegation_id: z.string(),
    target_id: z.string().optional(),
    error: z.string(),
  }),
  APPROVAL_REQUESTED: z.looseObject({
    approval_id: z.string(),
    action: z.string(),
    reason: z.string().nullable(),
    task_id: z.string().nullable(),
  }),
  APPROVAL_ESCALATED: z.looseObject({
    approval_id: z.string(),
    from_workspace_id: z.string(),
    action: z.string(),
    reason: z.string().nullable(),
  }),
  APPROVAL_APPROVED: z.looseObject({ approval_id: z.string(), decision: z.string(), decided_by: z.string() }),
  APPROVAL_DENIED: z.looseObject({ approval_id: z.string(), decision: z.string(), decided_by: z.string() }),
  /** Local-platform extension: the full row after any PATCH, budget change or re-parent. */
  WORKSPACE_UPDATED: workspaceRowSchema,
  /** Local-platform extension: provisioning step progress. */
  WORKSPACE_PROVISION_PROGRESS: provisioningProgressSchema,
} as const;

export type KnownEventName = keyof typeof eventPayloadSchemas;
export const KNOWN_EVENT_NAMES = Object.keys(eventPayloadSchemas) as KnownEventName[];

/** The WebSocket envelope (contract §3.2). */
export const eventEnvelopeSchema = z.object({
  event: z.string().min(1),
  workspace_id: z.string(),
  timestamp: timestampSchema,
  payload: z.record(z.string(), z.unknown()),
});
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;

type EventOf<K extends KnownEventName> = {
  event: K;
  workspace_id: string;
  timestamp: string;
  payload: z.infer<(typeof eventPayloadSchemas)[K]>;
};
/** A parsed event the canvas understands: a discriminated union on `event`. */
export type PlatformEvent = { [K in KnownEventName]: EventOf<K> }[KnownEventName];
export type PayloadOf<K extends KnownEventName> = z.infer<(typeof eventPayloadSchemas)[K]>;

export const platformEventSchema = z.discriminatedUnion(
  "event",
  KNOWN_EVENT_NAMES.map((name) =>
    eventEnvelopeSchema.extend({ event: z.literal(name), payload: eventPayloadSchemas[name] }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

export type ParsedFrame =
  | { kind: "event"; event: PlatformEvent }
  | { kind: "unknown"; envelope: EventEnvelope }
  | { kind: "malformed"; reason: string };

/**
 * Parses one WebSocket frame. Unknown-but-valid event names are reported as `unknown`
 * (the real platform has more events than we handle); anything else that fails is `malformed`.
 */
export function parseEventFrame(data: unknown): ParsedFrame {
  let json: unknown = data;
  if (typeof data === "string") {
    try {
      json = JSON.parse(data);
    } catch {
      return { kind: "malformed", reason: "frame is not JSON" };
    }
  }
  const envelope = eventEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { kind: "malformed", reason: envelope.error.message };
  if (!(envelope.data.event in eventPayloadSchemas)) return { kind: "unknown", envelope: envelope.data };
  const parsed = platformEventSchema.safeParse(json);
  if (!parsed.success) return { kind: "malformed", reason: parsed.error.message };
  return { kind: "event", event: parsed.data as PlatformEvent };
}

/** Builds a typed event (used by the platform when publishing). */
export function makeEvent<K extends KnownEventName>(
  event: K,
  workspaceId: string,
  payload: PayloadOf<K>,
  timestamp = new Date().toISOString(),
): EventOf<K> {
  return { event, workspace_id: workspaceId, timestamp, payload };
}
