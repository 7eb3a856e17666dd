/** Parsed `GET …/activity` query (contract §6.1 plus the `since` extension). */
export type ActivityQuery = { type?: string; source?: "canvas" | "agent"; since?: Date; limit: number };

export type RawActivityQuery = { type?: string; source?: string; since?: string; limit?: string };

/**
 * `limit` falls back to `defaultLimit` when non-numeric or ≤0 and is capped at `max`;
 * `source` must be canvas|agent; `since` must parse as a date. Returns an error message instead when invalid.
 */
export function parseActivityQuery(
  raw: RawActivityQuery,
  max: number,
  defaultLimit = 100,
): ActivityQuery | string {
  if (raw.source !== undefined && raw.source !== "canvas" && raw.source !== "agent") {
    return "source must be 'canvas' or 'agent'";
  }
  let since: Date | undefined;
  if (raw.since !== undefined && raw.since !== "") {
    since = new Date(raw.since);
    if (Number.isNaN(since.getTime())) return "since must be an RFC 3339 timestamp";
  }
  const n = Number(raw.limit);
  const limit = Number.isInteger(n) && n > 0 ? Math.min(n, max) : defaultLimit;
  return {
    ...(raw.type ? { type: raw.type } : {}),
    ...(raw.source ? { source: raw.source as "canvas" | "agent" } : {}),
    ...(since ? { since } : {}),
    limit,
  };
}
