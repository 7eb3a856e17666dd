import { outcomeOf, type TopologyCall } from "./call";
import type { CallSighting, DelegationSighting, Sighting } from "./observations";

/** A row and its ACTIVITY_LOGGED event are stamped by two clocks a few ms apart. */
const SAME_CALL_MS = 5_000;
/** A delegation's proxied call starts right after it is sent, or up to the agent ceiling later if queued. */
const LINK_EARLY_MS = 2_000;
const LINK_LATE_MS = 35 * 60_000;

type Entry = {
  call: TopologyCall;
  seenRow: boolean;
  seenEvent: boolean;
  fingerprint: string | null;
  endAt: number | null;
  /** For a proxied call: the delegation it carried. For a delegation: the proxied call that carried it. */
  link: string | null;
};

const STATUS_RANK: Record<string, number> = { pending: 0, dispatched: 1, queued: 2 };

const fingerprintOf = (s: CallSighting) =>
  `${s.targetId}|${s.sourceId ?? ""}|${s.method ?? ""}|${s.durationMs ?? ""}|${outcomeOf(s.status)}`;
const pairOf = (sourceId: string | null, targetId: string) => `${sourceId ?? ""}>${targetId}`;

/**
 * The calls seen so far, merged so each real call counts once however it was seen: as a backfilled
 * row, a live event, both, twice, or out of order. A delegation and the proxied `a2a_receive` that
 * carried it are one call. Not React state: the hook reads `calls()` after `ingest` says it changed.
 */
export function createCallLog() {
  const entries = new Map<string, Entry>();
  const rowKeys = new Map<string, string>();
  const byFingerprint = new Map<string, Set<string>>();
  const unlinked = { delegation: new Map<string, Set<string>>(), a2a: new Map<string, Set<string>>() };
  /** Delegation news that arrived before the delegation itself (late or out-of-order events). */
  const early = new Map<string, DelegationSighting[]>();
  let sorted: TopologyCall[] | null = null;
  /** Entries changed since `sorted` was built: a live call re-places only these, not the whole log. */
  const touched = new Set<string>();

  const addTo = (index: Map<string, Set<string>>, k: string, key: string) => {
    const set = index.get(k) ?? new Set<string>();
    set.add(key);
    index.set(k, set);
  };

  function link(delegationKey: string, a2aKey: string) {
    const d = entries.get(delegationKey)!;
    const a = entries.get(a2aKey)!;
    const pair = pairOf(d.call.sourceId, d.call.targetId);
    unlinked.delegation.get(pair)?.delete(delegationKey);
    unlinked.a2a.get(pair)?.delete(a2aKey);
    d.link = a2aKey;
    a.link = delegationKey;
    touched.add(a2aKey);
    refreshDelegation(d);
  }

  // Looks for the other half of a delegation: the proxied call that started soonest after it was sent.
  function tryLink(key: string) {
    const entry = entries.get(key)!;
    const { call } = entry;
    const pair = pairOf(call.sourceId, call.targetId);
    const isDelegation = call.kind === "delegation";
    const candidates = (isDelegation ? unlinked.a2a : unlinked.delegation).get(pair);
    let best: string | null = null;
    let bestGap = Infinity;
    for (const other of candidates ?? []) {
      const o = entries.get(other)!.call;
      const gap = isDelegation ? o.at - call.at : call.at - o.at;
      if (gap >= -LINK_EARLY_MS && gap <= LINK_LATE_MS && Math.abs(gap) < bestGap) {
        best = other;
        bestGap = Math.abs(gap);
      }
    }
    if (best === null) addTo(isDelegation ? unlinked.delegation : unlinked.a2a, pair, key);
    else if (isDelegation) link(key, best);
    else link(best, key);
  }

  // A delegation's duration and answer come from its own end when known, else from its proxied call.
  function refreshDelegation(d: Entry) {
    touched.add(d.call.key);
    const carrier = d.link ? entries.get(d.link)?.call : undefined;
    const own = d.endAt !== null ? Math.max(0, d.endAt - d.call.at) : null;
    d.call = {
      ...d.call,
      durationMs: own ?? carrier?.durationMs ?? null,
      responsePreview: d.call.responsePreview || (carrier?.responsePreview ?? ""),
    };
  }

  function ingestCall(s: CallSighting): boolean {
    if (s.rowId !== null && rowKeys.has(s.rowId)) return false;
    const fingerprint = fingerprintOf(s);
    for (const key of byFingerprint.get(fingerprint) ?? []) {
      const e = entries.get(key)!;
      if (e.endAt === null || Math.abs(e.endAt - s.endAt) > SAME_CALL_MS) continue;
      if (s.origin === "event" && !e.seenEvent) {
        e.seenEvent = true;
        return false;
      }
      if (s.origin === "row" && !e.seenRow && s.rowId !== null) {
        e.seenRow = true;
        rowKeys.set(s.rowId, key);
        // The row carries the bodies the event lacked.
        e.call = { ...e.call, requestPreview: s.requestPreview, responsePreview: s.responsePreview };
        touched.add(key);
        const d = e.link ? entries.get(e.link) : undefined;
        if (d) refreshDelegation(d);
        return true;
      }
    }
    const key = s.rowId !== null ? `r:${s.rowId}` : `e:${fingerprint}|${s.endAt}`;
    if (entries.has(key)) return false;
    const at = s.endAt - (s.durationMs ?? 0);
    entries.set(key, {
      call: {
        key,
        kind: s.kind,
        sourceId: s.sourceId,
        targetId: s.targetId,
        at,
        durationMs: s.durationMs,
        outcome: outcomeOf(s.status),
        status: s.status,
        method: s.method,
        requestPreview: s.requestPreview,
        responsePreview: s.responsePreview,
        ownerId: s.targetId,
      },
      seenRow: s.origin === "row",
      seenEvent: s.origin === "event",
      fingerprint,
      endAt: s.endAt,
      link: null,
    });
    if (s.rowId !== null) rowKeys.set(s.rowId, key);
    touched.add(key);
    addTo(byFingerprint, fingerprint, key);
    if (s.kind === "a2a") tryLink(key);
    return true;
  }

  function mergeStatus(current: string, next: string): string {
    if (outcomeOf(current) !== "pending") return current;
    if (outcomeOf(next) !== "pending") return next;
    return (STATUS_RANK[next] ?? 0) > (STATUS_RANK[current] ?? 0) ? next : current;
  }

  function ingestDelegation(s: DelegationSighting): boolean {
    const key = `d:${s.delegationId}`;
    const entry = entries.get(key);
    if (!entry) {
      if (s.at === null || s.targetId === null) {
        early.set(s.delegationId, [...(early.get(s.delegationId) ?? []), s]);
        return false;
      }
      const created: Entry = {
        call: {
          key,
          kind: "delegation",
          sourceId: s.sourceId,
          targetId: s.targetId,
          at: s.at,
          durationMs: null,
          outcome: "pending",
          status: "pending",
          method: "delegate",
          requestPreview: "",
          responsePreview: "",
          ownerId: s.sourceId,
        },
        seenRow: false,
        seenEvent: false,
        fingerprint: null,
        endAt: null,
        link: null,
      };
      entries.set(key, created);
      for (const pending of [s, ...(early.get(s.delegationId) ?? [])]) apply(created, pending);
      early.delete(s.delegationId);
      tryLink(key);
      refreshDelegation(created);
      return true;
    }
    const before = entry.call;
    apply(entry, s);
    refreshDelegation(entry);
    return !sameCall(before, entry.call);
  }

  function apply(e: Entry, s: DelegationSighting) {
    touched.add(e.call.key);
    const status = mergeStatus(e.call.status, s.status);
    if (s.endAt !== null && outcomeOf(s.status) !== "pending") e.endAt = e.endAt ?? s.endAt;
    e.call = {
      ...e.call,
      at: s.at !== null ? Math.min(e.call.at, s.at) : e.call.at,
      status,
      outcome: outcomeOf(status),
      requestPreview:
        e.call.requestPreview.length >= s.requestPreview.length ? e.call.requestPreview : s.requestPreview,
      responsePreview: s.responsePreview || e.call.responsePreview,
    };
  }

  return {
    /** Merges sightings in; true when the visible calls changed. */
    ingest(sightings: Iterable<Sighting | null>): boolean {
      let changed = false;
      for (const s of sightings) {
        if (s === null) continue;
        if (s.type === "call" ? ingestCall(s) : ingestDelegation(s)) changed = true;
      }
      return changed;
    },
    /**
     * Drops the calls that ended before `t` (a delegation and the proxied call that carried it go
     * together), so a canvas left open for days keeps only what its widest window can show.
     */
    forgetBefore(t: number): boolean {
      const old = new Set<string>();
      for (const [key, e] of entries) if ((e.endAt ?? e.call.at) < t) old.add(key);
      for (const key of [...old]) {
        const link = entries.get(key)!.link;
        if (link) old.add(link);
      }
      if (old.size === 0) return false;
      for (const key of old) {
        const e = entries.get(key)!;
        entries.delete(key);
        touched.add(key);
        if (e.fingerprint) byFingerprint.get(e.fingerprint)?.delete(key);
        if (e.fingerprint && byFingerprint.get(e.fingerprint)?.size === 0)
          byFingerprint.delete(e.fingerprint);
        const pair = pairOf(e.call.sourceId, e.call.targetId);
        unlinked.delegation.get(pair)?.delete(key);
        unlinked.a2a.get(pair)?.delete(key);
      }
      for (const [rowId, key] of rowKeys) if (old.has(key)) rowKeys.delete(rowId);
      return true;
    },
    /**
     * Every call, oldest first, as a new array after any change; a proxied call that carried a
     * delegation is folded into it.
     */
    calls(): readonly TopologyCall[] {
      if (sorted !== null && touched.size === 0) return sorted;
      if (sorted === null || touched.size > RESORT_OVER) {
        sorted = [];
        for (const e of entries.values()) if (isShown(e)) sorted.push(e.call);
        sorted.sort(byTime);
      } else {
        const next = sorted.filter((c) => !touched.has(c.key));
        for (const key of touched) {
          const e = entries.get(key);
          if (e && isShown(e)) next.splice(insertionIndex(next, e.call), 0, e.call);
        }
        sorted = next;
      }
      touched.clear();
      return sorted;
    },
  };
}

export type CallLog = ReturnType<typeof createCallLog>;

/** Past this many changed calls a full sort is cheaper than placing each one. */
const RESORT_OVER = 64;

const isShown = (e: Entry) => !(e.call.kind === "a2a" && e.link);

const byTime = (a: TopologyCall, b: TopologyCall) => a.at - b.at || (a.key < b.key ? -1 : 1);

/** Where `call` goes in `calls` (sorted by `byTime`): after every call that sorts before it. */
function insertionIndex(calls: readonly TopologyCall[], call: TopologyCall): number {
  let low = 0;
  let high = calls.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byTime(calls[mid]!, call) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sameCall(a: TopologyCall, b: TopologyCall): boolean {
  return (
    a.at === b.at &&
    a.status === b.status &&
    a.durationMs === b.durationMs &&
    a.requestPreview === b.requestPreview &&
    a.responsePreview === b.responsePreview
  );
}
