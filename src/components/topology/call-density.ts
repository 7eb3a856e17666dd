import type { TopologyCall } from "@/lib/topology/call";
import { callsInWindow } from "@/lib/topology/window";

/** Calls per bucket across `(end − windowMs, end]`, for the timeline's histogram. */
export function callDensity(
  calls: readonly TopologyCall[],
  end: number,
  windowMs: number,
  buckets: number,
): number[] {
  const counts = new Array<number>(buckets).fill(0);
  const start = end - windowMs;
  for (const call of callsInWindow(calls, end, windowMs)) {
    const i = Math.min(buckets - 1, Math.floor(((call.at - start) / windowMs) * buckets));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}
