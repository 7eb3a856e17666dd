import { describe, expect, it, vi } from "vitest";
import type { ActivityRow, PlatformEvent } from "@/lib/contract";
import { createEventHub } from "@/lib/ws/event-hub";
import { createTopologyFeed } from "./feed";

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
const sent: PlatformEvent = {
  event: "DELEGATION_SENT",
  workspace_id: "lead",
  timestamp: new Date(NOW).toISOString(),
  payload: { delegation_id: "d1", target_id: "other", task_preview: "t" },
};

function setup() {
  const hub = createEventHub();
  const backfill = vi.fn(async () => [row]);
  const feed = createTopologyFeed({ hub, backfill, now: () => NOW, schedule: (cb) => cb() });
  const stop = feed.start();
  return { hub, backfill, feed, stop };
}

describe("createTopologyFeed", () => {
  it("backfills once however often the window is asked for", async () => {
    const { feed, backfill } = setup();
    feed.ensure("agents", HOUR);
    feed.ensure("agents", HOUR);
    feed.ensure("agents", 5 * 60_000);
    await vi.waitFor(() => expect(feed.calls()).toHaveLength(1));
    expect(backfill).toHaveBeenCalledTimes(1);
    expect(backfill).toHaveBeenCalledWith("agents", NOW - HOUR);
  });

  it("fetches again only for a wider window", async () => {
    const { feed, backfill } = setup();
    feed.ensure("agents", HOUR);
    feed.ensure("agents", 24 * HOUR);
    await vi.waitFor(() => expect(backfill).toHaveBeenCalledTimes(2));
    expect(backfill).toHaveBeenLastCalledWith("agents", NOW - 24 * HOUR);
  });

  it("applies live events and tells subscribers", () => {
    const { feed, hub } = setup();
    const listener = vi.fn();
    feed.subscribe(listener);
    hub.emitEvent(sent);
    expect(feed.calls().map((c) => c.targetId)).toEqual(["other"]);
    expect(listener).toHaveBeenCalled();
  });

  it("backfills each loaded scope once more after a reconnect, and stops listening when stopped", async () => {
    const { feed, hub, backfill, stop } = setup();
    feed.ensure("agents", HOUR);
    await vi.waitFor(() => expect(backfill).toHaveBeenCalledTimes(1));
    hub.emitReconnect();
    expect(backfill).toHaveBeenCalledTimes(2);
    expect(backfill).toHaveBeenLastCalledWith("agents", NOW - HOUR);
    stop();
    hub.emitReconnect();
    hub.emitEvent(sent);
    expect(backfill).toHaveBeenCalledTimes(2);
    expect(feed.calls()).toHaveLength(1);
  });

  it("keeps only what the widest window asked for can show, however long the canvas stays open", async () => {
    const hub = createEventHub();
    let now = NOW;
    const feed = createTopologyFeed({
      hub,
      backfill: async () => [],
      now: () => now,
      schedule: (cb) => cb(),
    });
    feed.start();
    feed.ensure("agents", HOUR);
    await vi.waitFor(() => expect(feed.status()).toBe("idle"));

    // A call a minute for five hours.
    for (let minute = 0; minute < 5 * 60; minute++) {
      now = NOW + minute * 60_000;
      hub.emitEvent({
        event: "ACTIVITY_LOGGED",
        workspace_id: "child",
        timestamp: new Date(now).toISOString(),
        payload: {
          activity_type: "a2a_receive",
          method: "message/send",
          summary: null,
          status: "ok",
          source_id: "lead",
          target_id: "child",
          duration_ms: 20,
        },
      });
    }

    const oldest = Math.min(...feed.calls().map((c) => c.at));
    expect(now - oldest).toBeLessThanOrEqual(HOUR + 11 * 60_000);
    expect(now - oldest).toBeGreaterThanOrEqual(HOUR);
  });
});
