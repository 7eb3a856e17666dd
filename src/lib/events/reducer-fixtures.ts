import {
  makeEvent,
  workspaceRowSchema,
  type KnownEventName,
  type PayloadOf,
  type PlatformEvent,
  type WorkspaceRow,
} from "@/lib/contract";
import { reduceWorkspaceState, type WorkspaceEventState } from "./reduce-workspaces";

/** A contract-valid row; only what a test names differs from the defaults. */
export const ws = (id: string, fields: Partial<WorkspaceRow> = {}): WorkspaceRow =>
  workspaceRowSchema.parse({ id, name: id.toUpperCase(), status: "online", ...fields });

/** A fixed instant, `second` seconds into the test minute. */
export const at = (second: number) => new Date(Date.UTC(2026, 3, 27, 10, 0, second)).toISOString();

/** An event stamped at {@link at}(second). */
export const ev = <K extends KnownEventName>(name: K, id: string, payload: PayloadOf<K>, second = 0) =>
  makeEvent(name, id, payload, at(second)) as PlatformEvent;

export const run = (state: WorkspaceEventState, ...events: PlatformEvent[]) =>
  events.reduce(reduceWorkspaceState, state);

export const byId = (rows: WorkspaceRow[], id: string) => rows.find((r) => r.id === id);
