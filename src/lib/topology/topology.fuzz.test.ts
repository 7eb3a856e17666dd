import fc from "fast-check";
import { KNOWN_EVENT_NAMES, parseEventFrame, type PlatformEvent } from "@/lib/contract";
import { HOSTILE_STRINGS } from "@/test/hostile-corpus";
import type { TopologyCall } from "./call";
import { EMPTY_CALL_LOG } from "./call-log";
import { USER_NODE_ID, deriveEdges } from "./derive-edges";
import { ingestSightings } from "./ingest-sightings";
import { sightingFromEvent, type CallSighting, type Sighting } from "./observations";
import { visibleAncestors } from "./visible-ancestors";

const IDS = ["w0", "w1", "w2", "w3", "w4", "w5", "w6"];
const now = Date.parse("2026-11-23T12:00:00Z");
const HOUR = 3_600_000;
const text = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_STRINGS));
const id = fc.constantFrom(...IDS, "stranger");
const time = fc.integer({ min: now - 2 * HOUR, max: now + 60_000 });
const statusWord = fc.constantFrom(
  "ok",
  "completed",
  "error",
  "timeout",
  "pending",
  "dispatched",
  "queued",
  "??",
);

const callSighting = fc.record({
  type: fc.constant("call" as const),
  origin: fc.constantFrom("row" as const, "event" as const),
  rowId: fc.option(fc.constantFrom("r1", "r2", "r3", "r4", "r5")),
  kind: fc.constantFrom("a2a" as const, "chat" as const),
  sourceId: fc.option(id),
  targetId: id,
  endAt: time,
  durationMs: fc.option(fc.integer({ min: -10, max: 600_000 })),
  status: statusWord,
  method: fc.option(text),
  requestPreview: text,
  responsePreview: text,
});
const delegationSighting = fc.record({
  type: fc.constant("delegation" as const),
  delegationId: fc.constantFrom("d1", "d2", "d3"),
  sourceId: id,
  targetId: fc.option(id),
  at: fc.option(time),
  endAt: fc.option(time),
  status: statusWord,
  requestPreview: text,
  responsePreview: text,
});
/** Sightings as the feed makes them from raw frames, malformed ones included. */
const fromFrame = fc
  .record({
    event: fc.constantFrom(...KNOWN_EVENT_NAMES),
    workspace_id: id,
    timestamp: time.map((t) => new Date(t).toISOString()),
    payload: fc.dictionary(
      fc.constantFrom(
        "activity_type",
        "source_id",
        "target_id",
        "delegation_id",
        "status",
        "method",
        "duration_ms",
        "summary",
      ),
      fc.oneof(text, fc.integer(), fc.constant(null)),
    ),
  })
  .map((raw) => {
    const parsed = parseEventFrame(raw);
    return parsed.kind === "event" ? sightingFromEvent(parsed.event) : null;
  });
/** Sightings of well-formed live events: what the cache applies once, and again to a fetch's result. */
const liveSighting = fc
  .record({
    kind: fc.constantFrom("logged", "sent", "status", "complete", "failed"),
    source: id,
    caller: fc.option(id),
    target: id,
    delegationId: fc.constantFrom("d1", "d2", "d3"),
    at: time,
    status: statusWord,
    durationMs: fc.option(fc.integer({ min: 0, max: 600_000 })),
    text,
  })
  .map((e): Sighting | null => {
    const base = { workspace_id: e.source, timestamp: new Date(e.at).toISOString() };
    const delegation = { delegation_id: e.delegationId, target_id: e.target };
    const event: PlatformEvent =
      e.kind === "logged"
        ? {
            ...base,
            event: "ACTIVITY_LOGGED",
            payload: {
              activity_type: "a2a_receive",
              method: "message/send",
              summary: e.text,
              status: e.status,
              source_id: e.caller,
              target_id: e.target,
              duration_ms: e.durationMs,
            },
          }
        : e.kind === "sent"
          ? { ...base, event: "DELEGATION_SENT", payload: { ...delegation, task_preview: e.text } }
          : e.kind === "status"
            ? { ...base, event: "DELEGATION_STATUS", payload: { ...delegation, status: "queued" } }
            : e.kind === "complete"
              ? {
                  ...base,
                  event: "DELEGATION_COMPLETE",
                  payload: { ...delegation, response_preview: e.text },
                }
              : { ...base, event: "DELEGATION_FAILED", payload: { ...delegation, error: e.text } };
    return sightingFromEvent(event);
  });
const sighting: fc.Arbitrary<Sighting | null> = fc.oneof(callSighting, delegationSighting, fromFrame);

const parentOf = new Map<string, string | null>([
  ["w0", null],
  ["w1", "w0"],
  ["w2", "w0"],
  ["w3", "w1"],
  ["w4", "w1"],
  ["w5", "w2"],
  ["w6", null],
]);

/** What an edge count must add up to, computed the slow obvious way. */
function expectedEdgeCalls(
  calls: readonly TopologyCall[],
  shownAs: ReadonlyMap<string, string>,
  showChats: boolean,
) {
  const drawn = (wid: string) => (parentOf.has(wid) ? (shownAs.get(wid) ?? wid) : undefined);
  return calls.filter((c) => {
    if (!(c.at > now - HOUR && c.at <= now)) return false;
    if (c.sourceId === null && !showChats) return false;
    const source = c.sourceId === null ? USER_NODE_ID : drawn(c.sourceId);
    const target = drawn(c.targetId);
    return source !== undefined && target !== undefined && source !== target;
  }).length;
}

describe("topology derivation under random and malformed sightings", () => {
  it("never throws, keeps one call per key and edge counts equal to the calls they cover over 12,000 sightings", () => {
    let total = 0;
    fc.assert(
      fc.property(
        fc.array(sighting, { minLength: 120, maxLength: 120 }),
        fc.subarray(["w1", "w2"]),
        fc.boolean(),
        (batch, collapsedTeams, showChats) => {
          total += batch.length;
          // In two slices, like a backfill followed by live events.
          const { calls } = ingestSightings(
            ingestSightings(EMPTY_CALL_LOG, batch.slice(0, 60)),
            batch.slice(60),
          );
          const keys = calls.map((c) => c.key);
          expect(new Set(keys).size).toBe(keys.length);
          for (let i = 1; i < calls.length; i++) expect(calls[i - 1]!.at).toBeLessThanOrEqual(calls[i]!.at);
          const shownAs = visibleAncestors(parentOf, new Set(collapsedTeams));
          const edges = deriveEdges(calls, { now, windowMs: HOUR, parentOf, shownAs, showChats });
          expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
          for (const e of edges) {
            expect(e.source).not.toBe(e.target);
            expect(e.errorCount).toBeLessThanOrEqual(e.count);
            expect(e.forbiddenCount).toBeLessThanOrEqual(e.count);
          }
          const counted = edges.reduce((sum, e) => sum + e.count, 0);
          expect(counted).toBe(expectedEdgeCalls(calls, shownAs, showChats));
        },
      ),
      { numRuns: 100, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    expect(total).toBeGreaterThanOrEqual(10_000);
  }, 120_000);

  it("counts each distinct logged row once, however often and in whatever order it is seen", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(callSighting, { selector: (s) => s.rowId, maxLength: 5 }),
        fc.nat(),
        (rows, shift) => {
          const logged: CallSighting[] = rows.flatMap((r) =>
            r.rowId === null ? [] : [{ ...r, origin: "row" as const }],
          );
          const replayed = [...logged.slice(shift % (logged.length || 1)), ...logged, ...logged.reverse()];
          expect(ingestSightings(EMPTY_CALL_LOG, replayed).calls).toHaveLength(logged.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("shows the same calls when live events are applied again, as the cache does to a fetch's result", () => {
    fc.assert(
      fc.property(
        fc.array(sighting, { maxLength: 60 }),
        fc.array(liveSighting, { maxLength: 60 }),
        (noise, events) => {
          // Rows describing the calls the events announce: held from an earlier load, and in the refetch.
          const rows = events.flatMap((s, i) =>
            s?.type === "call" ? [{ ...s, origin: "row" as const, rowId: `row-${i}` }] : [],
          );
          const fetched = [noise, rows.slice(0, rows.length / 2), events, rows].reduce(
            ingestSightings,
            EMPTY_CALL_LOG,
          );
          expect(ingestSightings(fetched, events).calls).toEqual(fetched.calls);
        },
      ),
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  it("keeps the same calls in the same order when read after every live sighting as after one batch", () => {
    fc.assert(
      fc.property(fc.array(sighting, { minLength: 1, maxLength: 150 }), (stream) => {
        const live = stream.reduce((log, s) => ingestSightings(log, [s]), EMPTY_CALL_LOG);
        expect(live.calls).toEqual(ingestSightings(EMPTY_CALL_LOG, stream).calls);
      }),
      { numRuns: 200, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  });
});
