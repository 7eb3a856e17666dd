import { hashKey, type Query, type QueryCacheNotifyEvent, type QueryClient } from "@tanstack/react-query";
import type { PlatformEvent } from "@/lib/contract";
import { createFrameBatcher } from "@/lib/events/batch";
import type { EventHubListener } from "./event-hub";
import type { AnyLiveResource, LiveResource, TrackedLiveResource } from "./live-resource";
import type { SocketStatus } from "./platform-socket";

/** Where the binding hears events: the session's hub. */
export type LiveEventSource = {
  subscribe(listener: EventHubListener): () => void;
  status(): SocketStatus;
};

export type LiveBindingOptions = {
  /** Frame scheduler for the batcher; tests pass their own. */
  schedule?: (callback: () => void) => unknown;
  now?: () => number;
};

type Received = { event: PlatformEvent; receivedAt: number };

type Binder = {
  readonly resource: AnyLiveResource;
  apply(batch: readonly Received[]): void;
  onCacheEvent(change: QueryCacheNotifyEvent): void;
};

const isFetching = (query: Query) => query.state.fetchStatus !== "idle";

/** True for an update that a fetch (not `setQueryData`) finished with fresh data. */
function isFetchedData(change: QueryCacheNotifyEvent): boolean {
  if (change.type !== "updated" || isFetching(change.query)) return false;
  return change.action.type === "success" && !change.action.manual;
}

/** Folds events into every loaded entry under each event's key, one write per entry and batch. */
function reducingBinder(client: QueryClient, resource: LiveResource<unknown>): Binder {
  const cache = client.getQueryCache();
  // Events seen while an entry was being fetched: its result may predate them, so they are replayed on it.
  const held = new Map<string, Received[]>();
  const hold = (hash: string, received: Received) => {
    const events = held.get(hash);
    if (events) events.push(received);
    else held.set(hash, [received]);
  };
  const fold = (data: unknown, events: readonly Received[]) =>
    events.reduce((acc, r) => resource.reduce(acc, r.event, r.receivedAt), data);

  return {
    resource,
    apply(batch) {
      const next = new Map<Query, unknown>();
      for (const received of batch) {
        const key = resource.keyFor(received.event);
        if (key === null) continue;
        for (const query of cache.findAll({ queryKey: key })) {
          if (isFetching(query)) hold(query.queryHash, received);
          const cached = next.has(query) ? next.get(query) : query.state.data;
          if (cached !== undefined) next.set(query, fold(cached, [received]));
        }
      }
      for (const [query, data] of next)
        if (data !== query.state.data) client.setQueryData(query.queryKey, data);
    },
    onCacheEvent(change) {
      const hash = change.query.queryHash;
      const events = held.get(hash);
      if (events === undefined) return;
      if (change.type === "removed") held.delete(hash);
      if (change.type !== "updated" || isFetching(change.query)) return;
      // The fetch ended; a failed one leaves the entry as the events left it.
      held.delete(hash);
      const data: unknown = change.query.state.data;
      if (!isFetchedData(change) || data === undefined) return;
      const next = fold(data, events);
      if (next !== data) client.setQueryData(change.query.queryKey, next);
    },
  };
}

/** Feeds every batch through the resource's tracker into its one entry. */
function trackingBinder(client: QueryClient, resource: TrackedLiveResource<unknown>): Binder {
  const key = resource.queryKey;
  const hash = hashKey(key);
  const tracker = resource.track();
  let written: unknown;
  let held: PlatformEvent[] = [];

  const write = (events: readonly PlatformEvent[]) => {
    const cached = client.getQueryData(key);
    const next = tracker.apply(cached, events);
    written = next ?? cached;
    if (next !== undefined && next !== cached) client.setQueryData(key, next);
  };

  return {
    resource,
    apply(batch) {
      const events = batch.map((r) => r.event).filter((event) => resource.keyFor(event) !== null);
      if (events.length === 0) return;
      const query = client.getQueryCache().get(hash);
      if (query && isFetching(query)) held.push(...events);
      write(events);
    },
    onCacheEvent(change) {
      if (change.type !== "updated" || change.query.queryHash !== hash) return;
      let replay: PlatformEvent[] = [];
      if (!isFetching(change.query)) {
        if (isFetchedData(change)) replay = held;
        held = [];
      }
      // An entry this binding did not write (first load, refetch, optimistic edit) may release held events.
      const data: unknown = change.query.state.data;
      if (data !== undefined && data !== written) write(replay);
    },
  };
}

const hasBeenRead = (client: QueryClient, resource: AnyLiveResource) =>
  client
    .getQueryCache()
    .findAll({ queryKey: resource.queryKey })
    .some((query) => query.state.data !== undefined || isFetching(query));

/**
 * The only place socket events touch the query cache: each animation frame's events go through
 * every registered resource into the entries they concern. A reconnect resyncs each resource once,
 * and so does the first open for whatever was read before it.
 */
export function bindLiveResources(
  client: QueryClient,
  source: LiveEventSource,
  resources: readonly AnyLiveResource[],
  options: LiveBindingOptions = {},
): () => void {
  const now = options.now ?? Date.now;
  const binders = resources.map((resource) =>
    "track" in resource ? trackingBinder(client, resource) : reducingBinder(client, resource),
  );
  const batcher = createFrameBatcher<Received>((batch) => {
    for (const binder of binders) binder.apply(batch);
  }, options.schedule);
  const stopWatchingCache = client.getQueryCache().subscribe((change) => {
    for (const binder of binders) binder.onCacheEvent(change);
  });

  const resync = (which: readonly Binder[]) => {
    batcher.flush();
    for (const { resource } of which) void resource.resync(client);
  };

  let hasBeenLive = source.status() === "live";
  const unsubscribe = source.subscribe({
    onEvent: (event) => batcher.push({ event, receivedAt: now() }),
    onStatus: (status) => {
      if (status !== "live" || hasBeenLive) return;
      hasBeenLive = true;
      // What was read before the socket first opened may have missed events sent in between.
      resync(binders.filter(({ resource }) => hasBeenRead(client, resource)));
    },
    onReconnect: () => resync(binders),
  });

  return () => {
    unsubscribe();
    stopWatchingCache();
    batcher.dispose();
  };
}
