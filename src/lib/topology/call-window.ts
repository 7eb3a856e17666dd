import type { ActivityRow, PlatformEvent } from "@/lib/contract";
import { EMPTY_CALL_LOG, type CallLog } from "./call-log";
import { forgetCallsBefore } from "./forget-calls";
import { ingestSightings } from "./ingest-sightings";
import { scopeOf, sightingFromEvent, sightingFromRow, type TopologyScope } from "./observations";

/** Calls are kept this much longer than the window, so its edge never thins out. */
const KEEP_BEYOND_WINDOW_MS = 10 * 60_000;
/** How often, at most, old calls are dropped (checked when events arrive, never on a timer). */
const FORGET_EVERY_MS = 60_000;

/** One scope's calls as cached: backfilled once per window, then kept current by live events. */
export type CallWindow = {
  readonly scope: TopologyScope;
  /** How far back the rows were asked for; a later fetch never narrows it. */
  readonly windowMs: number;
  readonly log: CallLog;
  /** When calls older than the window were last dropped (client time). */
  readonly forgotAt: number;
  /** False once the platform answered that it has no tenant-wide activity query. */
  readonly isTenantWide: boolean;
};

export type FetchedRows = Omit<CallWindow, "log" | "forgotAt"> & {
  readonly rows: readonly ActivityRow[];
  readonly fetchedAt: number;
};

/** `held` (what was cached, if anything) with a fetch's rows merged in. */
export function withRows(held: CallWindow | undefined, fetched: FetchedRows): CallWindow {
  const { rows, fetchedAt, ...window } = fetched;
  return {
    ...window,
    log: ingestSightings(held?.log ?? EMPTY_CALL_LOG, rows.map(sightingFromRow)),
    forgotAt: held?.forgotAt ?? fetchedAt,
  };
}

/**
 * The window after one live event received at `receivedAt`: its call merged in, and (at most once
 * a minute) the calls that ended before the window and a margin dropped. `window` itself when the
 * event says nothing about this scope's calls.
 */
export function reduceCallWindow(window: CallWindow, event: PlatformEvent, receivedAt: number): CallWindow {
  const sighting = sightingFromEvent(event);
  const log =
    sighting !== null && scopeOf(sighting) === window.scope
      ? ingestSightings(window.log, [sighting])
      : window.log;
  if (receivedAt - window.forgotAt < FORGET_EVERY_MS) return log === window.log ? window : { ...window, log };
  const horizon = receivedAt - window.windowMs - KEEP_BEYOND_WINDOW_MS;
  return { ...window, log: forgetCallsBefore(log, horizon), forgotAt: receivedAt };
}
