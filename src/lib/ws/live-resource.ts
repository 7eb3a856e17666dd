import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { PlatformEvent } from "@/lib/contract";

type LiveResourceBase = {
  /** Prefix of every cache entry the resource keeps; the first-open resync looks under it. */
  queryKey: QueryKey;
  /** The entries one event concerns (a key under `queryKey`), or null when it is not for this resource. */
  keyFor(event: PlatformEvent): QueryKey | null;
  /** Catches up after the socket was away, once: usually one invalidation of `queryKey`. */
  resync(client: QueryClient): Promise<unknown>;
};

/**
 * A resource the platform pushes changes to. `reduce` is pure and idempotent: an event that arrives
 * while an entry is being fetched is applied to what is cached and again to the fetch's result.
 */
export type LiveResource<T> = LiveResourceBase & {
  /** `cached` after one event, received at `receivedAt` (client time); `cached` itself when nothing changes. */
  reduce(cached: T, event: PlatformEvent, receivedAt: number): T;
};

/** Applies batches to one cache entry while keeping bookkeeping that outlives a batch. */
export type LiveTracker<T> = {
  /** `cached` after `events`; called with `undefined` before the entry loads, so it can hold them. */
  apply(cached: T | undefined, events: readonly PlatformEvent[]): T | undefined;
};

/**
 * A resource of exactly one entry (`queryKey`) whose reducer needs bookkeeping beside the cached
 * value (the workspace list's ordering guards and events for rows not loaded yet).
 */
export type TrackedLiveResource<T> = LiveResourceBase & {
  /** A fresh tracker for one binding. */
  track(): LiveTracker<T>;
};

export type AnyLiveResource = LiveResource<unknown> | TrackedLiveResource<unknown>;
