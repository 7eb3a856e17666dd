import type { TopologyCall } from "./call";
import { byTime, insertionIndex } from "./call-order";
import type { DelegationSighting } from "./observations";
import {
  emptyShardedMap,
  getIn,
  keysOf,
  sizeOf,
  valuesOf,
  ShardedMapEdit,
  type ShardedMap,
} from "./sharded-map";

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
  readonly entries: ShardedMap<Entry>;
  readonly byFingerprint: ShardedMap<readonly string[]>;
  readonly unlinked: Readonly<Record<LinkSide, ShardedMap<true>>>;
};

/**
 * Every call seen, never changed in place: a change copies only the parts of the log it touches
 * and the list of calls, so one live call on a log of thousands costs a few dozen entries' copying.
 */
export type CallLog = {
  /** The calls shown, oldest first; a new array only when one of them changed. */
  readonly calls: readonly TopologyCall[];
  readonly edges: ShardedMap<Edge>;
  readonly rowIds: ShardedMap<true>;
  /** The edge each delegation is on, for the sightings that do not name its target. */
  readonly delegationEdges: ShardedMap<string>;
  /** Delegation news that arrived before the delegation itself (late or out-of-order events). */
  readonly early: ReadonlyMap<string, readonly DelegationSighting[]>;
};

export const EMPTY_CALL_LOG: CallLog = {
  calls: [],
  edges: emptyShardedMap(),
  rowIds: emptyShardedMap(),
  delegationEdges: emptyShardedMap(),
  early: new Map(),
};

const NO_EDGE: Edge = {
  entries: emptyShardedMap(),
  byFingerprint: emptyShardedMap(),
  unlinked: { delegation: emptyShardedMap(), a2a: emptyShardedMap() },
};

const NO_KEYS: readonly string[] = [];

/** Past this many changed calls a full sort is cheaper than placing each one. */
const RESORT_OVER = 64;

export const edgeOf = (sourceId: string | null, targetId: string) => `${sourceId ?? ""}>${targetId}`;

/** A proxied call that carried a delegation is shown as that delegation. */
const isShown = (e: Entry) => !(e.call.kind === "a2a" && e.link);

/** Every entry of every edge. */
export function* entriesOf(edges: CallLog["edges"]): Generator<[edge: string, entry: Entry]> {
  for (const shard of edges.shards)
    for (const [edge, { entries }] of shard) for (const entry of valuesOf(entries)) yield [edge, entry];
}

/** An edge being edited: each part is the base edge's until first written, then an edit of it. */
type EdgeDraft = {
  readonly base: Edge;
  entries?: ShardedMapEdit<Entry>;
  byFingerprint?: ShardedMapEdit<readonly string[]>;
  delegation?: ShardedMapEdit<true>;
  a2a?: ShardedMapEdit<true>;
};

/**
 * The changes one ingest makes to `base`, each part copied on its first write; `commit` returns
 * the new log, or `base` itself when nothing was written.
 */
export function createDraft(base: CallLog) {
  const edges = new ShardedMapEdit(base.edges);
  const drafts = new Map<string, EdgeDraft>();
  const rowIds = new ShardedMapEdit(base.rowIds);
  const delegationEdges = new ShardedMapEdit(base.delegationEdges);
  let early: Map<string, readonly DelegationSighting[]> | undefined;
  /** Calls that may have moved, appeared or gone, with the edge each is on. */
  const touched = new Map<string, string>();
  let hasChanged = false;

  const baseEdge = (edge: string) => getIn(base.edges, edge) ?? NO_EDGE;
  const draftOf = (edge: string) => {
    let draft = drafts.get(edge);
    if (!draft) {
      draft = { base: baseEdge(edge) };
      drafts.set(edge, draft);
    }
    hasChanged = true;
    return draft;
  };
  const entry = (edge: string, key: string) => {
    const d = drafts.get(edge);
    return d?.entries ? d.entries.get(key) : getIn(baseEdge(edge).entries, key);
  };
  const isUnlinked = (edge: string, side: LinkSide, key: string) => {
    const d = drafts.get(edge);
    return d?.[side] ? d[side].has(key) : getIn(baseEdge(edge).unlinked[side], key) === true;
  };
  const readEarly = () => early ?? base.early;

  function commitEdges(): ShardedMap<Edge> {
    for (const [key, d] of drafts) {
      const { unlinked } = d.base;
      const next: Edge = {
        entries: d.entries?.done() ?? d.base.entries,
        byFingerprint: d.byFingerprint?.done() ?? d.base.byFingerprint,
        unlinked: {
          delegation: d.delegation?.done() ?? unlinked.delegation,
          a2a: d.a2a?.done() ?? unlinked.a2a,
        },
      };
      if (sizeOf(next.entries) === 0) edges.delete(key);
      else edges.set(key, next);
    }
    return edges.done();
  }

  function placedCalls(next: CallLog["edges"]): readonly TopologyCall[] {
    if (touched.size === 0) return base.calls;
    if (touched.size > RESORT_OVER) {
      const all: TopologyCall[] = [];
      for (const shard of next.shards)
        for (const { entries } of shard.values())
          for (const part of entries.shards) for (const e of part.values()) if (isShown(e)) all.push(e.call);
      return all.sort(byTime);
    }
    const calls = base.calls.slice();
    for (const [key, edge] of touched) {
      const before = getIn(baseEdge(edge).entries, key);
      if (!before || !isShown(before)) continue;
      const i = insertionIndex(calls, before.call);
      if (calls[i] === before.call) calls.splice(i, 1);
    }
    for (const [key, edge] of touched) {
      const after = drafts.get(edge)?.entries?.get(key);
      if (after && isShown(after)) calls.splice(insertionIndex(calls, after.call), 0, after.call);
    }
    return calls;
  }

  return {
    entry,
    /** Writes `entry` under its call's key; the calls list is redone only if what it shows changed. */
    put(edge: string, next: Entry) {
      const key = next.call.key;
      const before = entry(edge, key);
      if (before === next) return;
      const d = draftOf(edge);
      (d.entries ??= new ShardedMapEdit(d.base.entries)).set(key, next);
      if (!before || before.call !== next.call || before.link !== next.link) touched.set(key, edge);
    },
    remove(edge: string, key: string) {
      const d = draftOf(edge);
      (d.entries ??= new ShardedMapEdit(d.base.entries)).delete(key);
      touched.set(key, edge);
    },
    withFingerprint(edge: string, fingerprint: string): readonly string[] {
      const d = drafts.get(edge);
      const keys = d?.byFingerprint
        ? d.byFingerprint.get(fingerprint)
        : getIn(baseEdge(edge).byFingerprint, fingerprint);
      return keys ?? NO_KEYS;
    },
    setFingerprint(edge: string, fingerprint: string, key: string, isListed: boolean) {
      const keys = this.withFingerprint(edge, fingerprint).filter((k) => k !== key);
      if (isListed) keys.push(key);
      const d = draftOf(edge);
      const index = (d.byFingerprint ??= new ShardedMapEdit(d.base.byFingerprint));
      if (keys.length === 0) index.delete(fingerprint);
      else index.set(fingerprint, keys);
    },
    unlinked(edge: string, side: LinkSide): Iterable<string> {
      const d = drafts.get(edge);
      return d?.[side] ? d[side].keys() : keysOf(baseEdge(edge).unlinked[side]);
    },
    setUnlinked(edge: string, side: LinkSide, key: string, isListed: boolean) {
      if (isUnlinked(edge, side, key) === isListed) return;
      const d = draftOf(edge);
      const set = (d[side] ??= new ShardedMapEdit(d.base.unlinked[side]));
      if (isListed) set.set(key, true);
      else set.delete(key);
    },
    hasRow: (rowId: string) => rowIds.has(rowId),
    setRow(rowId: string, isSeen: boolean) {
      if (rowIds.has(rowId) === isSeen) return;
      if (isSeen) rowIds.set(rowId, true);
      else rowIds.delete(rowId);
      hasChanged = true;
    },
    delegationEdge: (delegationId: string) => delegationEdges.get(delegationId),
    setDelegationEdge(delegationId: string, edge: string | null) {
      if (edge === null) delegationEdges.delete(delegationId);
      else delegationEdges.set(delegationId, edge);
      hasChanged = true;
    },
    early: (delegationId: string) => readEarly().get(delegationId) ?? [],
    setEarly(delegationId: string, sightings: readonly DelegationSighting[]) {
      if (sightings.length === 0 && !readEarly().has(delegationId)) return;
      early ??= new Map(base.early);
      if (sightings.length === 0) early.delete(delegationId);
      else early.set(delegationId, sightings);
      hasChanged = true;
    },
    commit(): CallLog {
      if (!hasChanged) return base;
      const edges = commitEdges();
      return {
        calls: placedCalls(edges),
        edges,
        rowIds: rowIds.done(),
        delegationEdges: delegationEdges.done(),
        early: readEarly(),
      };
    },
  };
}

export type CallLogDraft = ReturnType<typeof createDraft>;
