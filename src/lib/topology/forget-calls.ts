import { createDraft, type CallLog, type CallLogDraft, type Entry } from "./call-log";

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
  for (const [edge, { entries }] of log.edges) {
    const old = new Set<string>();
    for (const [key, e] of entries) if ((e.endAt ?? e.call.at) < t) old.add(key);
    for (const key of [...old]) {
      const linked = entries.get(key)!.link;
      if (linked) old.add(linked);
    }
    for (const key of old) forget(draft, edge, entries.get(key)!);
  }
  return draft.commit();
}
