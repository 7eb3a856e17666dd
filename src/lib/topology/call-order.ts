import type { TopologyCall } from "./call";

/** Oldest start first; the key breaks ties, so no two calls compare equal. */
export const byTime = (a: TopologyCall, b: TopologyCall) => a.at - b.at || (a.key < b.key ? -1 : 1);

/** Where `call` goes in `calls` (sorted by `byTime`): after every call that sorts before it. */
export function insertionIndex(calls: readonly TopologyCall[], call: TopologyCall): number {
  let low = 0;
  let high = calls.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byTime(calls[mid]!, call) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Two lists sorted by `byTime` as one sorted list; the other list itself when one is empty. */
export function mergeByTime(a: readonly TopologyCall[], b: readonly TopologyCall[]): readonly TopologyCall[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: TopologyCall[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(byTime(a[i]!, b[j]!) < 0 ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}
