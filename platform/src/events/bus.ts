import { eventPayloadSchemas, type KnownEventName, type PayloadOf } from "@/lib/contract";
import type { Database } from "../db/database";
import { insertStructureEvent } from "../db/structure-events";

/** Events that are only broadcast, never written to `structure_events` (contract §3.3 "BO"). */
const BROADCAST_ONLY = new Set<string>([
  "WORKSPACE_HEARTBEAT",
  "TASK_UPDATED",
  "ACTIVITY_LOGGED",
  "A2A_RESPONSE",
  "AGENT_MESSAGE",
  "WORKSPACE_UPDATED",
  "WORKSPACE_PROVISION_PROGRESS",
]);

export type WireEvent = {
  event: string;
  workspace_id: string;
  timestamp: string;
  payload: Record<string, unknown>;
};
export type Listener = (orgId: string, event: WireEvent) => void;

export type EventBus = {
  /** Validates, persists (unless broadcast-only) and fans out one event; resolves once persisted. */
  publish<K extends KnownEventName>(
    orgId: string,
    event: K,
    workspaceId: string,
    payload: PayloadOf<K>,
  ): Promise<void>;
  subscribe(listener: Listener): () => void;
};

export function createEventBus(db: Database, log: (msg: string, err?: unknown) => void): EventBus {
  const listeners = new Set<Listener>();
  return {
    async publish(orgId, event, workspaceId, payload) {
      // Validating our own output keeps the platform honest to the schemas the canvas parses with.
      const parsed = eventPayloadSchemas[event].safeParse(payload);
      if (!parsed.success) throw new Error(`refusing to emit malformed ${event}: ${parsed.error.message}`);
      const wire: WireEvent = {
        event,
        workspace_id: workspaceId,
        timestamp: new Date().toISOString(),
        payload: payload as Record<string, unknown>,
      };
      if (!BROADCAST_ONLY.has(event)) await insertStructureEvent(db.pg, orgId, event, workspaceId, payload);
      for (const listener of listeners) {
        try {
          listener(orgId, wire);
        } catch (err) {
          log(`event listener failed on ${event}`, err);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
