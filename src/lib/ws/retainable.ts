/**
 * Runs `start` while anything holds it: the first `retain()` starts it, the last release stops it.
 * Each release works once, so a React effect's cleanup may run it safely.
 */
export function createRetainable(start: () => () => void): () => () => void {
  let holders = 0;
  let stop: (() => void) | null = null;
  return () => {
    holders += 1;
    stop ??= start();
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      holders -= 1;
      if (holders > 0) return;
      stop?.();
      stop = null;
    };
  };
}
