import { describe, expect, it } from "vitest";
import type { ActivityRow, PlatformEvent } from "@/lib/contract";
import { EMPTY_CALL_LOG, type CallLog } from "./call-log";
import { forgetCallsBefore } from "./forget-calls";
import { ingestSightings } from "./ingest-sightings";
import { sightingFromEvent, sightingFromRow, type Sighting } from "./observations";

const T0 = Date.parse("2026-11-23T10:00:00.000Z");
const iso = (ms: number) => new Date(T0 + ms).toISOString();

function a2aRow(
  id: string,
  source: string | null,
  target: string,
  endMs: number,
  extra: Partial<ActivityRow> = {},
): ActivityRow {
  return {
    id,
    workspace_id: target,
    activity_type: "a2a_receive",
    source_id: source,
    target_id: target,
    method: "message/send",
    summary: `message/send → ${target}`,
    request_body: {
      params: { message: { role: "user", parts: [{ kind: "text", text: "plan the launch" }] } },
    },
    response_body: { result: { kind: "message", parts: [{ kind: "text", text: "done" }] } },
    duration_ms: 400,
    status: "ok",
    error_detail: null,
    created_at: iso(endMs),
    ...extra,
  };
}

function logged(source: string | null, target: string, endMs: number, status = "ok"): PlatformEvent {
  return {
    event: "ACTIVITY_LOGGED",
    workspace_id: target,
    timestamp: iso(endMs + 3),
    payload: {
      activity_type: "a2a_receive",
      method: "message/send",
      summary: "s",
      status,
      source_id: source,
      target_id: target,
      duration_ms: 400,
    },
  };
}

const delegateRow = (
  delegationId: string,
  source: string,
  target: string,
  atMs: number,
  status = "completed",
): ActivityRow => ({
  id: `row-${delegationId}`,
  workspace_id: source,
  activity_type: "delegation",
  source_id: source,
  target_id: target,
  method: "delegate",
  summary: `Delegating to ${target}`,
  request_body: { task: "research pricing", delegation_id: delegationId },
  duration_ms: null,
  status,
  error_detail: null,
  created_at: iso(atMs),
});

const sent = (delegationId: string, source: string, target: string, atMs: number): PlatformEvent => ({
  event: "DELEGATION_SENT",
  workspace_id: source,
  timestamp: iso(atMs),
  payload: { delegation_id: delegationId, target_id: target, task_preview: "research pricing" },
});

const complete = (delegationId: string, source: string, target: string, atMs: number): PlatformEvent => ({
  event: "DELEGATION_COMPLETE",
  workspace_id: source,
  timestamp: iso(atMs),
  payload: { delegation_id: delegationId, target_id: target, response_preview: "prices attached" },
});

const fromRows = (rows: ActivityRow[]) => rows.map(sightingFromRow);
const fromEvents = (events: PlatformEvent[]) => events.map(sightingFromEvent);
/** A log built from nothing by ingesting each group of sightings in turn. */
const logOf = (...groups: (Sighting | null)[][]): CallLog => groups.reduce(ingestSightings, EMPTY_CALL_LOG);

describe("the call log", () => {
  it("counts a call seen as a backfilled row and as a live event once", () => {
    const log = logOf(
      fromEvents([logged("lead", "child", 1000)]),
      fromRows([a2aRow("r1", "lead", "child", 1000)]),
    );
    expect(log.calls).toHaveLength(1);
    expect(log.calls[0]!.requestPreview).toBe("plan the launch");
  });

  it("ignores an event that repeats a row already loaded, and a duplicated event", () => {
    const log = logOf(fromRows([a2aRow("r1", "lead", "child", 1000)]));
    expect(ingestSightings(log, fromEvents([logged("lead", "child", 1000)])).calls).toBe(log.calls);
    const other = logOf(fromEvents([logged("lead", "child", 5000), logged("lead", "child", 5000)]));
    expect(other.calls).toHaveLength(1);
  });

  it("keeps two identical calls made far apart as two calls", () => {
    const log = logOf(
      fromEvents([logged("lead", "child", 1000), logged("lead", "child", 60_000)]),
      fromRows([a2aRow("r1", "lead", "child", 1000), a2aRow("r2", "lead", "child", 60_000)]),
    );
    expect(log.calls.map((c) => c.key)).toHaveLength(2);
  });

  it("does not count a re-backfilled row twice", () => {
    const log = logOf(fromRows([a2aRow("r1", "lead", "child", 1000)]));
    expect(ingestSightings(log, fromRows([a2aRow("r1", "lead", "child", 1000)]))).toBe(log);
    expect(log.calls).toHaveLength(1);
  });

  it("returns the same log for an event it already merged, even after its row arrived", () => {
    const event = fromEvents([logged("lead", "child", 1000)]);
    const log = logOf(fromRows([a2aRow("r1", "lead", "child", 1000)]), event);
    expect(ingestSightings(log, event)).toBe(log);
    const delegation = fromEvents([sent("d1", "lead", "child", 0), complete("d1", "lead", "child", 520)]);
    const delegated = logOf(delegation);
    expect(ingestSightings(delegated, delegation)).toBe(delegated);
  });

  it("leaves the log it was given as it was", () => {
    const log = logOf(fromEvents([logged("lead", "child", 500)]));
    const calls = [...log.calls];
    ingestSightings(log, fromEvents([sent("d1", "lead", "child", 0), complete("d1", "lead", "child", 520)]));
    forgetCallsBefore(log, T0 + 10_000);
    expect(log.calls).toEqual(calls);
    expect(log.calls.map((c) => c.kind)).toEqual(["a2a"]);
  });

  it("merges a delegation and the proxied call that carried it into one delegation", () => {
    const log = logOf(
      fromEvents([
        sent("d1", "lead", "child", 0),
        logged("lead", "child", 500),
        complete("d1", "lead", "child", 520),
      ]),
    );
    expect(log.calls).toHaveLength(1);
    expect(log.calls[0]).toMatchObject({
      kind: "delegation",
      outcome: "ok",
      durationMs: 520,
      responsePreview: "prices attached",
    });
  });

  it("folds a proxied call already on screen into the delegation that arrives after it", () => {
    const log = logOf(fromEvents([logged("lead", "child", 500)]));
    expect(log.calls.map((c) => c.kind)).toEqual(["a2a"]);

    const next = ingestSightings(
      log,
      fromEvents([sent("d1", "lead", "child", 0), complete("d1", "lead", "child", 520)]),
    );

    expect(next.calls.map((c) => c.kind)).toEqual(["delegation"]);
  });

  it("reaches the same merged call when the backfill arrives after the live events", () => {
    const log = logOf(
      fromEvents([
        logged("lead", "child", 500),
        complete("d1", "lead", "child", 520),
        sent("d1", "lead", "child", 0),
      ]),
      fromRows([a2aRow("r1", "lead", "child", 500), delegateRow("d1", "lead", "child", 0)]),
    );
    expect(log.calls).toHaveLength(1);
    expect(log.calls[0]).toMatchObject({ kind: "delegation", status: "completed", at: T0 });
  });

  it("lets a late status event not reopen a finished delegation", () => {
    const late: PlatformEvent = {
      event: "DELEGATION_STATUS",
      workspace_id: "lead",
      timestamp: iso(10),
      payload: { delegation_id: "d1", target_id: "child", status: "dispatched" },
    };
    const log = logOf(
      fromEvents([sent("d1", "lead", "child", 0), complete("d1", "lead", "child", 900), late]),
    );
    expect(log.calls[0]).toMatchObject({ status: "completed", outcome: "ok" });
  });

  it("applies a completion that arrived before its delegation was sent", () => {
    const early = logOf(fromEvents([complete("d1", "lead", "child", 900)]));
    expect(early.calls).toBe(EMPTY_CALL_LOG.calls);
    const log = ingestSightings(early, fromEvents([sent("d1", "lead", "child", 0)]));
    expect(log.calls[0]).toMatchObject({ outcome: "ok", durationMs: 900 });
  });

  it("keeps a direct call next to a delegation on the same pair when both happened", () => {
    const log = logOf(
      fromRows([
        delegateRow("d1", "lead", "child", 0),
        a2aRow("r1", "lead", "child", 500),
        a2aRow("r2", "lead", "child", 9000),
      ]),
    );
    expect(log.calls.map((c) => c.kind)).toEqual(["delegation", "a2a"]);
  });

  it("orders calls by start however they arrived", () => {
    const log = logOf(fromRows([a2aRow("late", "a", "b", 9000), a2aRow("early", "a", "b", 2000)]));
    expect(log.calls.map((c) => c.key)).toEqual(["r:early", "r:late"]);
  });

  it("reads the user's chats and skips agent pushes", () => {
    const log = logOf(
      fromRows([
        a2aRow("chat", null, "lead", 1000),
        a2aRow("push", null, "lead", 2000, { method: "notify" }),
      ]),
    );
    expect(log.calls.map((c) => c.kind)).toEqual(["chat"]);
  });

  it("forgets calls that ended before a time, a delegation together with the call that carried it", () => {
    const HOUR = 3_600_000;
    const log = logOf(
      fromEvents([
        sent("d1", "lead", "child", 0),
        logged("lead", "child", 500),
        complete("d1", "lead", "child", 520),
        logged("lead", "other", 2 * HOUR),
      ]),
      fromRows([a2aRow("r-old", "lead", "third", 1000)]),
    );
    expect(log.calls).toHaveLength(3);

    const forgotten = forgetCallsBefore(log, T0 + HOUR);

    expect(forgotten).not.toBe(log);
    expect(forgotten.calls.map((c) => c.targetId)).toEqual(["other"]);
    expect(forgetCallsBefore(forgotten, T0 + HOUR)).toBe(forgotten);
  });

  it("counts a live call once after older calls were forgotten", () => {
    const log = forgetCallsBefore(
      logOf(fromEvents([logged("lead", "child", 0), logged("lead", "child", 60_000)])),
      T0 + 30_000,
    );
    expect(ingestSightings(log, fromRows([a2aRow("r2", "lead", "child", 60_000)])).calls).toHaveLength(1);
  });
});
