import { describe, expect, it } from "vitest";
import type { ActivityRow, PlatformEvent } from "@/lib/contract";
import { filterActivity, type ActivityFilter } from "./activity-filters";
import { entryFromEvent, mergeActivity } from "./live-activity";

const row = (
  id: string,
  activity_type: string,
  status = "ok",
  created_at = "2026-01-01T00:00:00.000Z",
): ActivityRow => ({
  id,
  workspace_id: "w",
  activity_type,
  source_id: null,
  target_id: null,
  method: null,
  summary: null,
  duration_ms: null,
  status,
  error_detail: null,
  created_at,
});
const rows = [
  row("in", "a2a_receive"),
  row("in-failed", "a2a_receive", "error"),
  row("out", "a2a_send"),
  row("del", "delegation", "completed"),
  row("del-failed", "delegation", "failed"),
  row("task", "task_update"),
  row("log", "agent_log"),
  row("err", "error"),
];
const ids = (selected: ActivityFilter[]) => filterActivity(rows, new Set(selected)).map((r) => r.id);

describe("filterActivity", () => {
  it("shows everything when no filter is selected", () => {
    expect(ids([])).toHaveLength(rows.length);
  });

  it("matches rows by type", () => {
    expect(ids(["a2a_in"])).toEqual(["in", "in-failed"]);
    expect(ids(["delegation", "task"])).toEqual(["del", "del-failed", "task"]);
    expect(ids(["a2a_out", "log"])).toEqual(["out", "log"]);
  });

  it("matches failures of any type under Errors", () => {
    expect(ids(["error"])).toEqual(["in-failed", "del-failed", "err"]);
  });
});

describe("live activity", () => {
  const logged: PlatformEvent = {
    event: "ACTIVITY_LOGGED",
    workspace_id: "w",
    timestamp: "2026-01-01T00:00:05.000Z",
    payload: {
      activity_type: "task_update",
      method: null,
      summary: "Working on: x",
      status: "ok",
      source_id: null,
      target_id: null,
      duration_ms: null,
    },
  };

  it("builds a row from ACTIVITY_LOGGED for the shown workspace only", () => {
    expect(entryFromEvent(logged, "w")).toMatchObject({
      activity_type: "task_update",
      summary: "Working on: x",
      isLive: true,
    });
    expect(entryFromEvent(logged, "other")).toBeNull();
  });

  it("replaces a live entry with the fetched row it stood for, newest first", () => {
    const live = entryFromEvent(logged, "w")!;
    const fetched = {
      ...row("real", "task_update", "ok", "2026-01-01T00:00:05.100Z"),
      summary: "Working on: x",
    };
    const merged = mergeActivity([live, row("old", "agent_log")], [fetched]);
    expect(merged.map((r) => r.id)).toEqual(["real", "old"]);
  });
});
