import { createDraft, entriesOf, type CallLog, type CallLogDraft, type Entry } from "./call-log";

function forget(d: CallLogDraft, edge: string, e: Entry) {
  const { key } = e.call;
  d.remove(edge, key);
  if (e.fingerprint) d.setFingerprint(edge, e.fingerprint, key, false);
  d.setUnlinked(edge, "delegation", key, false);
  d.setUnlinked(edge, "a2a", key, false);
  if (e.rowId !== null) d.setRow(e.rowId, false);
  if (e.call.kind === "delegation") d.setDelegationEdge(key.slice("d:".length), null);
}

/**
 * `log` without the calls that ended before `t` (a delegation and the proxied call that carried it
 * go together), so a canvas left open for days keeps only what its widest window can show.
 */
export function forgetCallsBefore(log: CallLog, t: number): CallLog {
  const draft = createDraft(log);
  for (const [edge, e] of entriesOf(log.edges)) {
    if ((e.endAt ?? e.call.at) >= t || !draft.entry(edge, e.call.key)) continue;
    forget(draft, edge, e);
    const linked = e.link === null ? undefined : draft.entry(edge, e.link);
    if (linked) forget(draft, edge, linked);
  }
  return draft.commit();
}
