import type { ActivityRow, PlatformEvent } from "@/lib/contract";
import { addLiveEntry, entryFromEvent, type ActivityEntry } from "./live-activity";

const WS = "w1";
const logged = (summary: string, timestamp = "2026-01-01T00:00:05.000Z"): PlatformEvent =>
  ({
    event: "ACTIVITY_LOGGED",
    workspace_id: WS,
    timestamp,
    payload: {
      activity_type: "task_update",
      method: null,
      summary,
      status: "ok",
      source_id: null,
      target_id: null,
      duration_ms: null,
    },
  }) as PlatformEvent;
const fetched = (id: string, summary: string, created_at: string): ActivityRow => ({
  id,
  workspace_id: WS,
  activity_type: "task_update",
  source_id: null,
  target_id: null,
  method: null,
  summary,
  duration_ms: null,
  status: "ok",
  error_detail: null,
  created_at,
});
const live = (event: PlatformEvent) => entryFromEvent(event, WS)!;

describe("addLiveEntry", () => {
  it("adds the same event once however often it is applied", () => {
    const once = addLiveEntry([], live(logged("Working on: pricing")));
    expect(addLiveEntry(once, live(logged("Working on: pricing")))).toBe(once);
    expect(once).toHaveLength(1);
  });

  it("keeps two different events of the same moment apart", () => {
    const both = addLiveEntry(addLiveEntry([], live(logged("first"))), live(logged("second")));
    expect(both.map((e) => e.summary).sort()).toEqual(["first", "second"]);
  });

  it("adds nothing when a fetched row already stands for the event, and keeps newest first", () => {
    const rows: ActivityEntry[] = [
      fetched("r2", "Working on: pricing", "2026-01-01T00:00:04.000Z"),
      fetched("r1", "older", "2026-01-01T00:00:01.000Z"),
    ];
    expect(addLiveEntry(rows, live(logged("Working on: pricing")))).toBe(rows);
    const next = addLiveEntry(rows, live(logged("Middle", "2026-01-01T00:00:02.000Z")));
    expect(next.map((e) => e.summary)).toEqual(["Working on: pricing", "Middle", "older"]);
  });
});
