import type { TopologyCall } from "./call";
import { canCommunicate, type ParentOf } from "./can-communicate";
import { formatAgo } from "@/lib/format-time";
import { callsInWindow } from "./window";

/** The pseudo-workspace id the user's own chats start from. */
export const USER_NODE_ID = "topology-user";

/** An edge is hot while its last call is this recent. */
export const HOT_MS = 120_000;

/** One directed caller → callee edge aggregated over the window. */
export type TopologyEdgeSummary = {
  /** `a2a-<source>-<target>` over the drawn (possibly folded) ends. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly count: number;
  readonly errorCount: number;
  readonly lastAt: number;
  /** Median duration of the calls that report one; null when none does. */
  readonly p50Ms: number | null;
  readonly isHot: boolean;
  /** Calls on this edge the hierarchy rule (contract §4.6) forbids. */
  readonly forbiddenCount: number;
  /** True when an end stands for a collapsed team's member. */
  readonly isFolded: boolean;
  /** Key of the newest call, so the edge can animate exactly once per new call. */
  readonly lastKey: string;
  readonly label: string;
};

export type DeriveOptions = {
  /** The moment the overlay shows: the clock, or the scrubber's position. */
  readonly now: number;
  readonly windowMs: number;
  /** Parent of each workspace (null for roots); ids not in it are not drawn. */
  readonly parentOf: ReadonlyMap<string, string | null>;
  /** Where each workspace is drawn (itself or a collapsed ancestor); defaults to itself. */
  readonly shownAs?: ReadonlyMap<string, string>;
  /** Draw the user's own chats as edges from the user. */
  readonly showChats: boolean;
  readonly hotMs?: number;
};

type Acc = {
  id: string;
  source: string;
  target: string;
  count: number;
  errorCount: number;
  lastAt: number;
  lastKey: string;
  durations: number[];
  forbiddenCount: number;
  isFolded: boolean;
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** "3 calls · last 2 min ago". */
export function edgeLabel(count: number, sinceLastMs: number): string {
  return `${count} ${count === 1 ? "call" : "calls"} · last ${formatAgo(sinceLastMs)}`;
}

/**
 * Calls → one directed edge per drawn caller → callee pair over `(now − windowMs, now]`: counts,
 * errors, p50 latency, hot, hierarchy violations. Collapsed members fold onto their team's card and
 * calls inside one folded team disappear. Sorted by id so equal input gives equal output.
 */
export function deriveEdges(calls: readonly TopologyCall[], options: DeriveOptions): TopologyEdgeSummary[] {
  const { now, windowMs, parentOf, shownAs, showChats } = options;
  const hotMs = options.hotMs ?? HOT_MS;
  const lookupParent: ParentOf = (id) => parentOf.get(id);
  const drawnAs = (id: string) => (parentOf.has(id) ? (shownAs?.get(id) ?? id) : undefined);
  // Nested maps rather than string keys, and the hierarchy verdict once per original pair:
  // this loop runs for every call in the window on every tick.
  const pairs = new Map<string, Map<string, Acc>>();
  const verdicts = new Map<string, Map<string, boolean>>();
  const isAllowed = (source: string, target: string) => {
    let row = verdicts.get(source);
    if (!row) verdicts.set(source, (row = new Map()));
    let allowed = row.get(target);
    if (allowed === undefined) row.set(target, (allowed = canCommunicate(source, target, lookupParent)));
    return allowed;
  };
  const accs: Acc[] = [];

  for (const call of callsInWindow(calls, now, windowMs)) {
    const isChat = call.sourceId === null;
    if (isChat && !showChats) continue;
    const source = isChat ? USER_NODE_ID : drawnAs(call.sourceId);
    const target = drawnAs(call.targetId);
    if (source === undefined || target === undefined || source === target) continue;
    let bySource = pairs.get(source);
    if (!bySource) pairs.set(source, (bySource = new Map()));
    let acc = bySource.get(target);
    if (!acc) {
      acc = {
        id: `a2a-${source}-${target}`,
        source,
        target,
        count: 0,
        errorCount: 0,
        lastAt: -Infinity,
        lastKey: "",
        durations: [],
        forbiddenCount: 0,
        isFolded: false,
      };
      bySource.set(target, acc);
      accs.push(acc);
    }
    acc.count += 1;
    if (call.outcome === "error") acc.errorCount += 1;
    if (call.at >= acc.lastAt) {
      acc.lastAt = call.at;
      acc.lastKey = call.key;
    }
    if (call.durationMs !== null) acc.durations.push(call.durationMs);
    if (!isChat && !isAllowed(call.sourceId, call.targetId)) acc.forbiddenCount += 1;
    if ((!isChat && source !== call.sourceId) || target !== call.targetId) acc.isFolded = true;
  }

  return accs
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((acc) => ({
      id: acc.id,
      source: acc.source,
      target: acc.target,
      count: acc.count,
      errorCount: acc.errorCount,
      lastAt: acc.lastAt,
      p50Ms: median(acc.durations),
      isHot: now - acc.lastAt < hotMs,
      forbiddenCount: acc.forbiddenCount,
      isFolded: acc.isFolded,
      lastKey: acc.lastKey,
      label: edgeLabel(acc.count, now - acc.lastAt),
    }));
}
