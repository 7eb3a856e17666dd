import { workspaceRowSchema, type PayloadOf, type PlatformEvent, type WorkspaceRow } from "@/lib/contract";
import { ROW_EVENTS, STATUS_EVENTS, STATUS_FIELDS, applyRowEvent, sameJson } from "./apply-row-event";

/**
 * The rows plus the bookkeeping that makes out-of-order delivery safe. The bookkeeping lives here,
 * not in the wire rows, so the query cache keeps exactly what `GET /workspaces` returns.
 */
export type WorkspaceEventState = {
  readonly rows: WorkspaceRow[];
  /** Events for ids with no row yet, replayed in timestamp order once the row appears. */
  readonly pending: ReadonlyMap<string, readonly PlatformEvent[]>;
  /** Envelope time (ms) of the newest status event applied per id. */
  readonly statusAt: ReadonlyMap<string, number>;
  /** Removal time per removed id: later events for it are dropped instead of buffered. */
  readonly removedAt: ReadonlyMap<string, number>;
};

/** Bounds the buffer: ids that never get a row (foreign or long-gone workspaces) must not leak. */
export const PENDING_PER_ID = 20;
export const PENDING_IDS = 500;

/** A state with no bookkeeping yet. */
export function workspaceEventState(rows: WorkspaceRow[]): WorkspaceEventState {
  return { rows, pending: new Map(), statusAt: new Map(), removedAt: new Map() };
}

/** NaN for an unreadable timestamp: such an event is applied in arrival order and never recorded. */
function eventTime(event: PlatformEvent): number {
  return Date.parse(event.timestamp);
}

function isOlder(at: number, than: number | undefined): boolean {
  return than !== undefined && at < than;
}

function withTime(map: ReadonlyMap<string, number>, key: string, at: number): ReadonlyMap<string, number> {
  if (Number.isNaN(at) || map.get(key) === at) return map;
  return new Map(map).set(key, at);
}

function withoutKeys<V>(map: ReadonlyMap<string, V>, keys: readonly string[]): ReadonlyMap<string, V> {
  if (!keys.some((k) => map.has(k))) return map;
  const next = new Map(map);
  for (const k of keys) next.delete(k);
  return next;
}

/** Holds an event until its row appears (bounded per id and in ids, least recently touched evicted first). */
export function bufferEvent(state: WorkspaceEventState, event: PlatformEvent): WorkspaceEventState {
  if (!ROW_EVENTS.has(event.event)) return state;
  const id = event.workspace_id;
  const queued = [...(state.pending.get(id) ?? []), event].slice(-PENDING_PER_ID);
  const pending = new Map(state.pending);
  pending.delete(id); // re-insert so Map order is least-recently-touched first
  pending.set(id, queued);
  for (const oldest of pending.keys()) {
    if (pending.size <= PENDING_IDS) break;
    pending.delete(oldest);
  }
  return { ...state, pending };
}

/** Replays the buffered events of `ids` in timestamp order; each goes through the normal guards. */
function flushPending(state: WorkspaceEventState, ids: readonly string[]): WorkspaceEventState {
  const events = ids.flatMap((id) => state.pending.get(id) ?? []);
  if (events.length === 0) return state;
  let next: WorkspaceEventState = { ...state, pending: withoutKeys(state.pending, ids) };
  const ordered = events.map((e, i) => {
    const t = eventTime(e);
    return { e, i, t: Number.isNaN(t) ? Number.POSITIVE_INFINITY : t };
  });
  ordered.sort((a, b) => a.t - b.t || a.i - b.i);
  for (const { e } of ordered) next = reduceWorkspaceState(next, e);
  return next;
}

function descendantIds(rows: readonly WorkspaceRow[], id: string): string[] {
  const found: string[] = [];
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length > 0) {
    const parents = new Set(frontier);
    frontier = rows
      .filter((r) => r.parent_id !== null && parents.has(r.parent_id) && !seen.has(r.id))
      .map((r) => r.id);
    for (const child of frontier) seen.add(child);
    found.push(...frontier);
  }
  return found;
}

/**
 * Drops the row. Children of a plain removal move up to the removed row's parent, as the upstream
 * canvas does. A delete target carries `cascade_deleted > 0`: its whole subtree goes, so the result
 * matches the platform whichever order the per-descendant REMOVED events arrive in.
 */
function removeWorkspace(state: WorkspaceEventState, id: string, at: number, cascade: boolean) {
  const removed = state.rows.find((r) => r.id === id);
  const gone = cascade ? [id, ...descendantIds(state.rows, id)] : [id];
  const removedAt = new Map(state.removedAt);
  // An unreadable removal time counts as "forever": nothing may resurrect the row.
  const time = Number.isNaN(at) ? Number.POSITIVE_INFINITY : at;
  for (const goneId of gone) removedAt.set(goneId, Math.max(time, removedAt.get(goneId) ?? time));
  const base = { ...state, removedAt, pending: withoutKeys(state.pending, gone) };
  if (!removed) return base;
  const goneSet = new Set(gone);
  const rows = state.rows
    .filter((r) => !goneSet.has(r.id))
    .map((r) => (r.parent_id === id ? { ...r, parent_id: removed.parent_id } : r));
  return { ...base, rows };
}

/** Org-import coordinates are parent-relative; rows hold absolute ones. Unplaceable rows stay at 0,0. */
function creationPosition(rows: readonly WorkspaceRow[], payload: PayloadOf<"WORKSPACE_PROVISIONING">) {
  const { x, y, parent_id: parentId } = payload;
  if (x === undefined || y === undefined) return { x: 0, y: 0 };
  if (!parentId) return { x, y };
  const parent = rows.find((r) => r.id === parentId);
  return parent ? { x: parent.x + x, y: parent.y + y } : { x: 0, y: 0 };
}

function createFromProvisioning(
  state: WorkspaceEventState,
  event: PlatformEvent & { event: "WORKSPACE_PROVISIONING" },
  name: string,
): WorkspaceEventState {
  const { tier, runtime, parent_id } = event.payload;
  const parsed = workspaceRowSchema.safeParse({
    id: event.workspace_id,
    name,
    tier,
    runtime,
    parent_id: parent_id ?? null,
    ...creationPosition(state.rows, event.payload),
    status: "provisioning",
    updated_at: event.timestamp,
  });
  // An envelope can pass with no usable row in it (an empty id): drop it rather than throw into the binding.
  if (!parsed.success) return state;
  const row = parsed.data;
  const next = {
    ...state,
    rows: [...state.rows, row],
    statusAt: withTime(state.statusAt, row.id, eventTime(event)),
    removedAt: withoutKeys(state.removedAt, [row.id]),
  };
  return flushPending(next, [row.id]);
}

/** A full row from the platform. A stale one (older than the last status event) keeps the newer status fields. */
function upsertRow(state: WorkspaceEventState, event: PlatformEvent & { event: "WORKSPACE_UPDATED" }) {
  const incoming = event.payload;
  const at = eventTime(event);
  if (incoming.status === "removed") return removeWorkspace(state, incoming.id, at, false);
  const removedAt = state.removedAt.get(incoming.id);
  if (removedAt !== undefined && !(at > removedAt)) return state;
  const index = state.rows.findIndex((r) => r.id === incoming.id);
  const current = state.rows[index];
  if (!current) {
    const added = {
      ...state,
      rows: [...state.rows, incoming],
      statusAt: withTime(state.statusAt, incoming.id, at),
      removedAt: withoutKeys(state.removedAt, [incoming.id]),
    };
    return flushPending(added, [incoming.id]);
  }
  const isStale = isOlder(at, state.statusAt.get(incoming.id));
  const next: WorkspaceRow = isStale
    ? { ...incoming, ...Object.fromEntries(STATUS_FIELDS.map((k) => [k, current[k]])) }
    : incoming;
  const statusAt = isStale ? state.statusAt : withTime(state.statusAt, incoming.id, at);
  if (sameJson(current, next)) return statusAt === state.statusAt ? state : { ...state, statusAt };
  return { ...state, statusAt, rows: state.rows.with(index, next) };
}

/**
 * Applies one event. Events for an id with no row are buffered and replayed when its
 * PROVISIONING (or full row, or a refetch) arrives, because the socket does not promise order;
 * a status event older than the last one applied to that row is ignored.
 */
export function reduceWorkspaceState(state: WorkspaceEventState, event: PlatformEvent): WorkspaceEventState {
  if (!ROW_EVENTS.has(event.event)) return state;
  const id = event.workspace_id;
  const at = eventTime(event);
  if (event.event === "WORKSPACE_REMOVED") {
    return removeWorkspace(state, id, at, (event.payload.cascade_deleted ?? 0) > 0);
  }
  if (event.event === "WORKSPACE_UPDATED") return upsertRow(state, event);

  const index = state.rows.findIndex((r) => r.id === id);
  const row = state.rows[index];
  if (!row) {
    const removedAt = state.removedAt.get(id);
    if (event.event === "WORKSPACE_PROVISIONING") {
      if (removedAt !== undefined && !(at > removedAt)) return state;
      const { name } = event.payload;
      if (name !== undefined) return createFromProvisioning(state, event, name);
    }
    return removedAt === undefined ? bufferEvent(state, event) : state;
  }

  const isStatusEvent = STATUS_EVENTS.has(event.event);
  if (isStatusEvent && isOlder(at, state.statusAt.get(id))) return state;
  const next = applyRowEvent(row, event);
  const statusAt = isStatusEvent ? withTime(state.statusAt, id, at) : state.statusAt;
  if (next === row && statusAt === state.statusAt) return state;
  return { ...state, statusAt, rows: next === row ? state.rows : state.rows.with(index, next) };
}

/**
 * Takes a fresh list (a refetch, an optimistic edit) as the truth and replays what is still buffered.
 * A row's `updated_at`, when the platform sends it, seeds the stale guard so old buffered events can't undo it.
 */
export function adoptRows(state: WorkspaceEventState, rows: WorkspaceRow[]): WorkspaceEventState {
  if (rows === state.rows) return state;
  const statusAt = new Map(state.statusAt);
  for (const row of rows) {
    const updated = row.updated_at === undefined ? Number.NaN : Date.parse(row.updated_at);
    if (!Number.isNaN(updated)) statusAt.set(row.id, Math.max(updated, statusAt.get(row.id) ?? updated));
  }
  const known = new Set(rows.map((r) => r.id));
  const replayable = [...state.pending].filter(
    ([id, events]) => known.has(id) || events.some((e) => e.event === "WORKSPACE_PROVISIONING"),
  );
  return flushPending(
    { ...state, rows, statusAt },
    replayable.map(([id]) => id),
  );
}

/**
 * Stateless form for callers without bookkeeping: events for unknown ids are dropped and there is no
 * stale guard. Returns the same array when nothing changes. Live bindings should use `reduceWorkspaceState`.
 */
export function reduceWorkspaces(list: WorkspaceRow[], event: PlatformEvent): WorkspaceRow[] {
  return reduceWorkspaceState(workspaceEventState(list), event).rows;
}
