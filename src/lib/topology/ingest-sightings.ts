import { outcomeOf } from "./call";
import { createDraft, edgeOf, type CallLog, type CallLogDraft, type Entry } from "./call-log";
import type { CallSighting, DelegationSighting, Sighting } from "./observations";

/** A row and its ACTIVITY_LOGGED event are stamped by two clocks a few ms apart. */
const SAME_CALL_MS = 5_000;
/** A delegation's proxied call starts right after it is sent, or up to the agent ceiling later if queued. */
const LINK_EARLY_MS = 2_000;
const LINK_LATE_MS = 35 * 60_000;

const STATUS_RANK: Record<string, number> = { pending: 0, dispatched: 1, queued: 2 };

const fingerprintOf = (s: CallSighting) =>
  `${s.targetId}|${s.sourceId ?? ""}|${s.method ?? ""}|${s.durationMs ?? ""}|${outcomeOf(s.status)}`;

function link(d: CallLogDraft, edge: string, delegationKey: string, a2aKey: string) {
  d.setUnlinked(edge, "delegation", delegationKey, false);
  d.setUnlinked(edge, "a2a", a2aKey, false);
  d.put(edge, { ...d.entry(edge, delegationKey)!, link: a2aKey });
  d.put(edge, { ...d.entry(edge, a2aKey)!, link: delegationKey });
  refreshDelegation(d, edge, delegationKey);
}

// Looks for the other half of a delegation: the proxied call that started soonest after it was sent.
function tryLink(d: CallLogDraft, edge: string, key: string) {
  const { call } = d.entry(edge, key)!;
  const isDelegation = call.kind === "delegation";
  let best: string | null = null;
  let bestGap = Infinity;
  for (const other of d.unlinked(edge, isDelegation ? "a2a" : "delegation")) {
    const o = d.entry(edge, other)!.call;
    const gap = isDelegation ? o.at - call.at : call.at - o.at;
    const isCloser = Math.abs(gap) < bestGap || (Math.abs(gap) === bestGap && other < best!);
    if (gap >= -LINK_EARLY_MS && gap <= LINK_LATE_MS && isCloser) {
      best = other;
      bestGap = Math.abs(gap);
    }
  }
  if (best === null) d.setUnlinked(edge, isDelegation ? "delegation" : "a2a", key, true);
  else if (isDelegation) link(d, edge, key, best);
  else link(d, edge, best, key);
}

// A delegation's duration and answer come from its own end when known, else from its proxied call.
function refreshDelegation(d: CallLogDraft, edge: string, key: string) {
  const e = d.entry(edge, key)!;
  const carrier = e.link ? d.entry(edge, e.link)?.call : undefined;
  const own = e.endAt !== null ? Math.max(0, e.endAt - e.call.at) : null;
  const durationMs = own ?? carrier?.durationMs ?? null;
  const responsePreview = e.call.responsePreview || (carrier?.responsePreview ?? "");
  if (durationMs === e.call.durationMs && responsePreview === e.call.responsePreview) return;
  d.put(edge, { ...e, call: { ...e.call, durationMs, responsePreview } });
}

function ingestCall(d: CallLogDraft, s: CallSighting) {
  if (s.rowId !== null && d.hasRow(s.rowId)) return;
  const edge = edgeOf(s.sourceId, s.targetId);
  const fingerprint = fingerprintOf(s);
  const alike = d.withFingerprint(edge, fingerprint);
  // The very event already merged (a replay onto a fetch's result): nothing new.
  if (s.origin === "event" && alike.some((key) => d.entry(edge, key)!.eventAt === s.endAt)) return;
  for (const alikeKey of alike) {
    const e = d.entry(edge, alikeKey)!;
    if (e.endAt === null || Math.abs(e.endAt - s.endAt) > SAME_CALL_MS) continue;
    if (s.origin === "event" && e.eventAt === null) return d.put(edge, { ...e, eventAt: s.endAt });
    if (s.origin === "row" && !e.seenRow && s.rowId !== null) {
      d.setRow(s.rowId, true);
      // The row carries the bodies the event lacked.
      const call = { ...e.call, requestPreview: s.requestPreview, responsePreview: s.responsePreview };
      d.put(edge, { ...e, seenRow: true, rowId: s.rowId, call });
      if (e.link) refreshDelegation(d, edge, e.link);
      return;
    }
  }
  const key = s.rowId !== null ? `r:${s.rowId}` : `e:${fingerprint}|${s.endAt}`;
  if (d.entry(edge, key)) return;
  d.put(edge, {
    call: {
      key,
      kind: s.kind,
      sourceId: s.sourceId,
      targetId: s.targetId,
      at: s.endAt - (s.durationMs ?? 0),
      durationMs: s.durationMs,
      outcome: outcomeOf(s.status),
      status: s.status,
      method: s.method,
      requestPreview: s.requestPreview,
      responsePreview: s.responsePreview,
      ownerId: s.targetId,
    },
    seenRow: s.origin === "row",
    rowId: s.rowId,
    eventAt: s.origin === "event" ? s.endAt : null,
    fingerprint,
    endAt: s.endAt,
    link: null,
  });
  if (s.rowId !== null) d.setRow(s.rowId, true);
  d.setFingerprint(edge, fingerprint, key, true);
  if (s.kind === "a2a") tryLink(d, edge, key);
}

function mergeStatus(current: string, next: string): string {
  if (outcomeOf(current) !== "pending") return current;
  if (outcomeOf(next) !== "pending") return next;
  return (STATUS_RANK[next] ?? 0) > (STATUS_RANK[current] ?? 0) ? next : current;
}

/** `e` with one delegation sighting applied; `e` itself when it adds nothing. */
function applyDelegation(e: Entry, s: DelegationSighting): Entry {
  const status = mergeStatus(e.call.status, s.status);
  const endAt = s.endAt !== null && outcomeOf(s.status) !== "pending" ? (e.endAt ?? s.endAt) : e.endAt;
  const at = s.at !== null ? Math.min(e.call.at, s.at) : e.call.at;
  const requestPreview =
    e.call.requestPreview.length >= s.requestPreview.length ? e.call.requestPreview : s.requestPreview;
  const responsePreview = s.responsePreview || e.call.responsePreview;
  const { call } = e;
  if (
    endAt === e.endAt &&
    at === call.at &&
    status === call.status &&
    requestPreview === call.requestPreview &&
    responsePreview === call.responsePreview
  )
    return e;
  return {
    ...e,
    endAt,
    call: { ...call, at, status, outcome: outcomeOf(status), requestPreview, responsePreview },
  };
}

const sameSighting = (a: DelegationSighting, b: DelegationSighting) =>
  (Object.keys(a) as (keyof DelegationSighting)[]).every((k) => a[k] === b[k]);

function ingestDelegation(d: CallLogDraft, s: DelegationSighting) {
  const key = `d:${s.delegationId}`;
  const known = d.delegationEdge(s.delegationId);
  const entry = known === undefined ? undefined : d.entry(known, key);
  if (known !== undefined && entry) {
    d.put(known, applyDelegation(entry, s));
    return refreshDelegation(d, known, key);
  }
  const early = d.early(s.delegationId);
  if (s.at === null || s.targetId === null) {
    if (!early.some((e) => sameSighting(e, s))) d.setEarly(s.delegationId, [...early, s]);
    return;
  }
  const edge = edgeOf(s.sourceId, s.targetId);
  let created: Entry = {
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
    rowId: null,
    eventAt: null,
    fingerprint: null,
    endAt: null,
    link: null,
  };
  for (const pending of [s, ...early]) created = applyDelegation(created, pending);
  d.setEarly(s.delegationId, []);
  d.setDelegationEdge(s.delegationId, edge);
  d.put(edge, created);
  tryLink(d, edge, key);
  refreshDelegation(d, edge, key);
}

/**
 * `log` with `sightings` merged in, so each real call counts once however it was seen: as a
 * backfilled row, a live event, both, twice, or out of order. A delegation and the proxied
 * `a2a_receive` that carried it are one call. Returns `log` itself when nothing changed.
 */
export function ingestSightings(log: CallLog, sightings: Iterable<Sighting | null>): CallLog {
  const draft = createDraft(log);
  for (const s of sightings) {
    if (s === null) continue;
    if (s.type === "call") ingestCall(draft, s);
    else ingestDelegation(draft, s);
  }
  return draft.commit();
}
