import type { TopologyCall } from "./call";
import { byTime, insertionIndex } from "./call-order";
import type { DelegationSighting } from "./observations";

/** One call as the log holds it: the call shown, and what merging later sightings into it needs. */
export type Entry = {
  readonly call: TopologyCall;
  readonly seenRow: boolean;
  /** The row that described it, forgotten with it. */
  readonly rowId: string | null;
  /** The end time carried by the live event that announced it: that event again matches it exactly. */
  readonly eventAt: number | null;
  readonly fingerprint: string | null;
  readonly endAt: number | null;
  /** For a proxied call: the delegation it carried. For a delegation: the proxied call that carried it. */
  readonly link: string | null;
};

/** Delegations, or proxied calls, not yet paired with their other half. */
export type LinkSide = "delegation" | "a2a";

/** The calls from one caller to one callee: all that merging one sighting ever looks at. */
type Edge = {
  readonly entries: ReadonlyMap<string, Entry>;
  readonly byFingerprint: ReadonlyMap<string, readonly string[]>;
  readonly unlinked: Readonly<Record<LinkSide, ReadonlySet<string>>>;
};

/**
 * Every call seen, never changed in place: a change copies only the edges it touches and the list
 * of calls, so one live call on a log of thousands costs the size of its edge, not of the log.
 */
export type CallLog = {
  /** The calls shown, oldest first; a new array only when one of them changed. */
  readonly calls: readonly TopologyCall[];
  readonly edges: ReadonlyMap<string, Edge>;
  readonly rowIds: ReadonlySet<string>;
  /** The edge each delegation is on, for the sightings that do not name its target. */
  readonly delegationEdges: ReadonlyMap<string, string>;
  /** Delegation news that arrived before the delegation itself (late or out-of-order events). */
  readonly early: ReadonlyMap<string, readonly DelegationSighting[]>;
};

export const EMPTY_CALL_LOG: CallLog = {
  calls: [],
  edges: new Map(),
  rowIds: new Set(),
  delegationEdges: new Map(),
  early: new Map(),
};

const NO_EDGE: Edge = {
  entries: new Map(),
  byFingerprint: new Map(),
  unlinked: { delegation: new Set(), a2a: new Set() },
};

/** Past this many changed calls a full sort is cheaper than placing each one. */
const RESORT_OVER = 64;

export const edgeOf = (sourceId: string | null, targetId: string) => `${sourceId ?? ""}>${targetId}`;

/** A proxied call that carried a delegation is shown as that delegation. */
const isShown = (e: Entry) => !(e.call.kind === "a2a" && e.link);

/** `original` until the first write, then a copy of it that later writes go to. */
function copyOnWrite<R, W extends R>(original: R, copy: (r: R) => W) {
  let copied: W | null = null;
  return { read: (): R => copied ?? original, write: (): W => (copied ??= copy(original)) };
}

const copyMap = <K, V>(m: ReadonlyMap<K, V>) => new Map(m);
const copySet = <T>(s: ReadonlySet<T>) => new Set(s);

function edgeDraft(edge: Edge) {
  return {
    entries: copyOnWrite(edge.entries, copyMap),
    byFingerprint: copyOnWrite(edge.byFingerprint, copyMap),
    unlinked: {
      delegation: copyOnWrite(edge.unlinked.delegation, copySet),
      a2a: copyOnWrite(edge.unlinked.a2a, copySet),
    },
  };
}

/** `edges` with each drafted edge written back, and those left empty dropped. */
function withDrafts(
  edges: ReadonlyMap<string, Edge>,
  drafts: ReadonlyMap<string, ReturnType<typeof edgeDraft>>,
): ReadonlyMap<string, Edge> {
  const next = new Map(edges);
  for (const [key, draft] of drafts) {
    const entries = draft.entries.read();
    if (entries.size === 0) next.delete(key);
    else
      next.set(key, {
        entries,
        byFingerprint: draft.byFingerprint.read(),
        unlinked: { delegation: draft.unlinked.delegation.read(), a2a: draft.unlinked.a2a.read() },
      });
  }
  return next;
}

/**
 * The changes one ingest makes to `base`, copied on first write; `commit` returns the new log, or
 * `base` itself when nothing was written.
 */
export function createDraft(base: CallLog) {
  const drafts = new Map<string, ReturnType<typeof edgeDraft>>();
  const rowIds = copyOnWrite(base.rowIds, copySet);
  const delegationEdges = copyOnWrite(base.delegationEdges, copyMap);
  const early = copyOnWrite(base.early, copyMap);
  /** Calls that may have moved, appeared or gone, with the edge each is on. */
  const touched = new Map<string, string>();
  let hasChanged = false;

  const draftOf = (edge: string) => {
    let draft = drafts.get(edge);
    if (!draft) {
      draft = edgeDraft(baseEdge(edge));
      drafts.set(edge, draft);
    }
    return draft;
  };
  const baseEdge = (edge: string) => base.edges.get(edge) ?? NO_EDGE;
  const entriesOf = (edge: string) => drafts.get(edge)?.entries.read() ?? baseEdge(edge).entries;
  const unlinkedOf = (edge: string, side: LinkSide) =>
    drafts.get(edge)?.unlinked[side].read() ?? baseEdge(edge).unlinked[side];
  const change = () => (hasChanged = true);

  function placedCalls(edges: ReadonlyMap<string, Edge>): readonly TopologyCall[] {
    if (touched.size === 0) return base.calls;
    if (touched.size > RESORT_OVER) {
      const all: TopologyCall[] = [];
      for (const edge of edges.values()) for (const e of edge.entries.values()) if (isShown(e)) all.push(e.call);
      return all.sort(byTime);
    }
    const calls = base.calls.slice();
    for (const [key, edge] of touched) {
      const before = base.edges.get(edge)?.entries.get(key);
      if (!before || !isShown(before)) continue;
      const i = insertionIndex(calls, before.call);
      if (calls[i] === before.call) calls.splice(i, 1);
    }
    for (const [key, edge] of touched) {
      const after = edges.get(edge)?.entries.get(key);
      if (after && isShown(after)) calls.splice(insertionIndex(calls, after.call), 0, after.call);
    }
    return calls;
  }

  return {
    entry: (edge: string, key: string) => entriesOf(edge).get(key),
    /** Writes `entry` under its call's key; the calls list is redone only if what it shows changed. */
    put(edge: string, entry: Entry) {
      const key = entry.call.key;
      const before = entriesOf(edge).get(key);
      if (before === entry) return;
      draftOf(edge).entries.write().set(key, entry);
      change();
      if (!before || before.call !== entry.call || before.link !== entry.link) touched.set(key, edge);
    },
    remove(edge: string, key: string) {
      draftOf(edge).entries.write().delete(key);
      touched.set(key, edge);
      change();
    },
    withFingerprint: (edge: string, fingerprint: string): readonly string[] =>
      (drafts.get(edge)?.byFingerprint.read() ?? baseEdge(edge).byFingerprint).get(fingerprint) ?? [],
    setFingerprint(edge: string, fingerprint: string, key: string, isListed: boolean) {
      const index = draftOf(edge).byFingerprint.write();
      const keys = (index.get(fingerprint) ?? []).filter((k) => k !== key);
      if (isListed) keys.push(key);
      if (keys.length === 0) index.delete(fingerprint);
      else index.set(fingerprint, keys);
      change();
    },
    unlinked: unlinkedOf,
    setUnlinked(edge: string, side: LinkSide, key: string, isUnlinked: boolean) {
      if (unlinkedOf(edge, side).has(key) === isUnlinked) return;
      const set = draftOf(edge).unlinked[side].write();
      if (isUnlinked) set.add(key);
      else set.delete(key);
      change();
    },
    hasRow: (rowId: string) => rowIds.read().has(rowId),
    setRow(rowId: string, isSeen: boolean) {
      if (rowIds.read().has(rowId) === isSeen) return;
      if (isSeen) rowIds.write().add(rowId);
      else rowIds.write().delete(rowId);
      change();
    },
    delegationEdge: (delegationId: string) => delegationEdges.read().get(delegationId),
    setDelegationEdge(delegationId: string, edge: string | null) {
      if (edge === null) delegationEdges.write().delete(delegationId);
      else delegationEdges.write().set(delegationId, edge);
      change();
    },
    early: (delegationId: string) => early.read().get(delegationId) ?? [],
    setEarly(delegationId: string, sightings: readonly DelegationSighting[]) {
      if (sightings.length === 0 && !early.read().has(delegationId)) return;
      if (sightings.length === 0) early.write().delete(delegationId);
      else early.write().set(delegationId, sightings);
      change();
    },
    commit(): CallLog {
      if (!hasChanged) return base;
      const edges = drafts.size === 0 ? base.edges : withDrafts(base.edges, drafts);
      return {
        calls: placedCalls(edges),
        edges,
        rowIds: rowIds.read(),
        delegationEdges: delegationEdges.read(),
        early: early.read(),
      };
    },
  };
}

export type CallLogDraft = ReturnType<typeof createDraft>;
