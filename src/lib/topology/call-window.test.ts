import { makeEvent, type ActivityRow, type PlatformEvent } from "@/lib/contract";
import { reduceCallWindow, withRows, type CallWindow } from "./call-window";

const NOW = Date.parse("2026-11-23T12:00:00Z");
const HOUR = 3_600_000;

const row: ActivityRow = {
  id: "r1",
  workspace_id: "child",
  activity_type: "a2a_receive",
  source_id: "lead",
  target_id: "child",
  method: "message/send",
  summary: null,
  duration_ms: 20,
  status: "ok",
  error_detail: null,
  created_at: new Date(NOW - 60_000).toISOString(),
};

const logged = (at: number, sourceId: string | null = "lead"): PlatformEvent =>
  makeEvent(
    "ACTIVITY_LOGGED",
    "child",
    {
      activity_type: "a2a_receive",
      method: "message/send",
      summary: null,
      status: "ok",
      source_id: sourceId,
      target_id: "child",
      duration_ms: 20,
    },
    new Date(at).toISOString(),
  );

const fetched = (scope: CallWindow["scope"], rows: ActivityRow[] = [row]): CallWindow =>
  withRows(undefined, { scope, windowMs: HOUR, isTenantWide: true, rows, fetchedAt: NOW });

describe("withRows", () => {
  it("merges a refetch's rows into what is held, counting a row seen twice once", () => {
    const held = reduceCallWindow(fetched("agents"), logged(NOW), NOW);
    const again = withRows(held, {
      scope: "agents",
      windowMs: HOUR,
      isTenantWide: true,
      rows: [row],
      fetchedAt: NOW,
    });
    expect(again.log.calls).toBe(held.log.calls);
    expect(again.log.calls).toHaveLength(2);
  });
});

describe("reduceCallWindow", () => {
  it("adds a live call of its scope and ignores the other scope's and other events", () => {
    const agents = fetched("agents", []);
    const chat = logged(NOW, null);
    expect(reduceCallWindow(agents, chat, NOW)).toBe(agents);
    expect(reduceCallWindow(agents, makeEvent("WORKSPACE_OFFLINE", "child", {}), NOW)).toBe(agents);
    expect(reduceCallWindow(fetched("chats", []), chat, NOW).log.calls.map((c) => c.kind)).toEqual(["chat"]);
    expect(reduceCallWindow(agents, logged(NOW), NOW).log.calls.map((c) => c.kind)).toEqual(["a2a"]);
  });

  it("returns the same window when an event it already applied comes again", () => {
    const once = reduceCallWindow(fetched("agents"), logged(NOW), NOW);
    expect(reduceCallWindow(once, logged(NOW), NOW)).toBe(once);
  });

  it("keeps only what the window can show, however long the canvas stays open", () => {
    let window = fetched("agents", []);
    let now = NOW;
    // A call a minute for five hours.
    for (let minute = 0; minute < 5 * 60; minute++) {
      now = NOW + minute * 60_000;
      window = reduceCallWindow(window, logged(now), now);
    }

    const oldest = Math.min(...window.log.calls.map((c) => c.at));
    expect(now - oldest).toBeLessThanOrEqual(HOUR + 11 * 60_000);
    expect(now - oldest).toBeGreaterThanOrEqual(HOUR);
  });
});
