import type { TopologyCall } from "./call";

/** First index whose call starts after `t` (calls are sorted by start). */
function upperBound(calls: readonly TopologyCall[], t: number): number {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (calls[mid]!.at <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The calls that started in `(end − windowMs, end]`, found by binary search so time travel over a
 * long log costs only the calls it returns. `calls` must be sorted oldest first.
 */
export function callsInWindow(
  calls: readonly TopologyCall[],
  end: number,
  windowMs: number,
): readonly TopologyCall[] {
  return calls.slice(upperBound(calls, end - windowMs), upperBound(calls, end));
}
