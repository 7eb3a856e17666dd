export type FrameBatcher<T> = {
  /** Queues an item; the first item of a frame schedules the flush. */
  push(item: T): void;
  /** Applies what is queued now (teardown, tests). */
  flush(): void;
  /** Drops what is queued; a flush already scheduled does nothing. */
  dispose(): void;
};

/**
 * Collects items and hands them to `apply` once per animation frame, so a burst of socket
 * events (an org import, a reconnect) costs one cache update and one render instead of hundreds.
 */
export function createFrameBatcher<T>(
  apply: (items: T[]) => void,
  // Looked up when first used: the live session is also created while the server renders, where there are no frames.
  schedule: (callback: () => void) => unknown = (callback) => requestAnimationFrame(callback),
): FrameBatcher<T> {
  let queue: T[] = [];
  let isScheduled = false;
  let generation = 0;

  const flush = () => {
    isScheduled = false;
    if (queue.length === 0) return;
    const items = queue;
    queue = [];
    apply(items);
  };

  return {
    push(item) {
      queue.push(item);
      if (isScheduled) return;
      isScheduled = true;
      const scheduledIn = generation;
      schedule(() => {
        if (scheduledIn === generation) flush();
      });
    },
    flush,
    dispose() {
      generation += 1;
      queue = [];
      isScheduled = false;
    },
  };
}
