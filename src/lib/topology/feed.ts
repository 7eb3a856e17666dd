import type { ActivityRow, PlatformEvent } from "@/lib/contract";
import { createFrameBatcher } from "@/lib/events/batch";
import type { EventHubListener } from "@/lib/ws/event-hub";
import type { TopologyCall } from "./call";
import { createCallLog } from "./call-log";
import { sightingFromEvent, sightingFromRow } from "./observations";

export type FeedScope = "agents" | "chats";

/** Calls are kept this much longer than the widest window asked for, so its edge never thins out. */
const KEEP_BEYOND_WINDOW_MS = 10 * 60_000;
/** How often, at most, old calls are dropped (checked when events arrive, never on a timer). */
const FORGET_EVERY_MS = 60_000;

export type FeedDeps = {
  hub: { subscribe(listener: EventHubListener): () => void };
  /** One backfill of `scope` since `since`; the feed decides when, never on a timer. */
  backfill(scope: FeedScope, since: number): Promise<readonly ActivityRow[]>;
  now(): number;
  schedule?: (callback: () => void) => unknown;
};

/**
 * The overlay's call log kept current: backfills a window once (and once more only when a wider
 * window or the chats are asked for, or the socket reconnects), then applies live events once per
 * frame. Listeners hear about changes through `subscribe`, in `useSyncExternalStore` style.
 */
export function createTopologyFeed(deps: FeedDeps) {
  const log = createCallLog();
  const listeners = new Set<() => void>();
  const loadedSince: Record<FeedScope, number | null> = { agents: null, chats: null };
  const widestWindow: Record<FeedScope, number> = { agents: 0, chats: 0 };
  let version = 0;
  let status: "idle" | "loading" | "error" = "idle";
  let unsubscribe: (() => void) | null = null;
  let forgotAt = deps.now();

  const notify = () => {
    version += 1;
    for (const l of listeners) l();
  };
  /** Drops calls older than any window still asked for; true when the log changed. */
  const forgetOld = () => {
    const now = deps.now();
    const widest = Math.max(widestWindow.agents, widestWindow.chats);
    if (now - forgotAt < FORGET_EVERY_MS || widest === 0) return false;
    forgotAt = now;
    return log.forgetBefore(now - widest - KEEP_BEYOND_WINDOW_MS);
  };
  const batcher = createFrameBatcher<PlatformEvent>((events) => {
    const ingested = log.ingest(events.map(sightingFromEvent));
    if (forgetOld() || ingested) notify();
  }, deps.schedule);

  async function load(scope: FeedScope, since: number) {
    const previous = loadedSince[scope];
    loadedSince[scope] = previous === null ? since : Math.min(previous, since);
    status = "loading";
    notify();
    try {
      const rows = await deps.backfill(scope, since);
      log.ingest(rows.map(sightingFromRow));
      status = "idle";
    } catch {
      // Live events still arrive; the next reconnect or wider window retries.
      loadedSince[scope] = previous;
      status = "error";
    }
    notify();
  }

  return {
    /** Starts listening to the socket; returns the stop. */
    start(): () => void {
      unsubscribe ??= deps.hub.subscribe({
        onEvent: (event) => batcher.push(event),
        onReconnect: () => {
          // Only what the widest window asked for, not everything since the page opened.
          for (const scope of ["agents", "chats"] as const) {
            if (loadedSince[scope] !== null) void load(scope, deps.now() - widestWindow[scope]);
          }
        },
      });
      return () => {
        unsubscribe?.();
        unsubscribe = null;
        batcher.dispose();
      };
    },
    /** Makes sure `scope` is loaded back to `now − windowMs`; fetches only what is missing. */
    ensure(scope: FeedScope, windowMs: number) {
      const since = deps.now() - windowMs;
      widestWindow[scope] = Math.max(widestWindow[scope], windowMs);
      const loaded = loadedSince[scope];
      if (loaded === null || since < loaded) void load(scope, since);
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    status: () => status,
    calls: (): readonly TopologyCall[] => log.calls(),
  };
}

export type TopologyFeed = ReturnType<typeof createTopologyFeed>;
