import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityListSchema } from "@/lib/contract";
import { logActivity } from "../events/activity";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

describe("activity and events", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let a: string;
  let b: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    ws = await p.socket();
    a = (await p.call("POST", "/workspaces", { name: "A" })).body.id;
    b = (await p.call("POST", "/workspaces", { name: "B" })).body.id;
  });
  afterAll(async () => {
    ws.close();
    await p.stop();
  });

  it("lets an agent log a whitelisted type and announces ACTIVITY_LOGGED", async () => {
    const res = await p.call("POST", `/workspaces/${a}/activity`, {
      activity_type: "agent_log",
      summary: "thinking",
      source_id: a,
      target_id: b,
      duration_ms: 12,
      metadata: { tool_trace: [{ tool: "search" }] },
    });
    expect(res.body).toEqual({ status: "logged" });
    const ev = await ws.waitFor((f) => f.event === "ACTIVITY_LOGGED" && f.workspace_id === a);
    expect(ev.payload).toEqual({
      activity_type: "agent_log",
      method: null,
      summary: "thinking",
      status: "ok",
      source_id: a,
      target_id: b,
      duration_ms: 12,
      tool_trace: [{ tool: "search" }],
    });
  });

  it.each([
    [{ activity_type: "delegation" }, 400],
    [{ activity_type: "a2a_receive" }, 400],
    [{}, 400],
    [{ activity_type: "agent_log", duration_ms: "slow" }, 400],
    [{ activity_type: "agent_log", source_id: "00000000-0000-4000-8000-000000000000" }, 403],
  ])("rejects %j with %i and writes nothing", async (body, status) => {
    const before = (await p.ctx.db.pg.query("SELECT count(*)::int AS n FROM activity_logs")).rows;
    const res = await p.call("POST", `/workspaces/${a}/activity`, body);
    expect(res.status).toBe(status);
    expect(typeof res.body.error).toBe("string");
    expect((await p.ctx.db.pg.query("SELECT count(*)::int AS n FROM activity_logs")).rows).toEqual(before);
  });

  it("lists newest first with type, source, limit and since filters; bodies absent when null", async () => {
    const ctx = p.ctx;
    const first = await logActivity(
      ctx,
      ctx.defaultOrgId,
      { workspace_id: a, activity_type: "a2a_receive", target_id: a, request_body: { q: 1 } },
      { announce: false },
    );
    await logActivity(
      ctx,
      ctx.defaultOrgId,
      { workspace_id: a, activity_type: "delegation", source_id: a, target_id: b, method: "delegate" },
      { announce: false },
    );
    const all = await p.call("GET", `/workspaces/${a}/activity`);
    expect(activityListSchema.safeParse(all.body).success).toBe(true);
    expect(all.body.map((r: { activity_type: string }) => r.activity_type)).toEqual([
      "delegation",
      "a2a_receive",
      "agent_log",
    ]);
    expect(all.body[0]).not.toHaveProperty("request_body");
    expect(all.body[1].request_body).toEqual({ q: 1 });
    expect((await p.call("GET", `/workspaces/${a}/activity?type=delegation`)).body).toHaveLength(1);
    expect(
      (await p.call("GET", `/workspaces/${a}/activity?source=canvas`)).body.map((r: { id: string }) => r.id),
    ).toEqual([first.id]);
    expect((await p.call("GET", `/workspaces/${a}/activity?source=agent&limit=1`)).body).toHaveLength(1);
    expect(
      (await p.call("GET", `/workspaces/${a}/activity?since=${encodeURIComponent(first.created_at)}`)).body,
    ).toHaveLength(1);
    expect((await p.call("GET", `/workspaces/${a}/activity?source=robot`)).body).toEqual({
      error: "source must be 'canvas' or 'agent'",
      code: "invalid_query",
    });
    expect((await p.call("GET", `/workspaces/00000000-0000-4000-8000-000000000000/activity`)).body).toEqual(
      [],
    );
  });

  it("serves tenant-wide activity newest first", async () => {
    await logActivity(
      p.ctx,
      p.ctx.defaultOrgId,
      { workspace_id: b, activity_type: "task_update" },
      { announce: false },
    );
    const res = await p.call("GET", "/activity?limit=2");
    expect(res.body.map((r: { workspace_id: string }) => r.workspace_id)).toEqual([b, a]);
    expect((await p.call("GET", "/activity?type=delegation")).body).toHaveLength(1);
  });

  it("lists persisted events (not broadcast-only ones), newest first, per workspace too", async () => {
    const all = await p.call("GET", "/events");
    expect(all.status).toBe(200);
    expect(all.body[0]).toEqual({
      id: expect.any(String),
      event_type: expect.any(String),
      workspace_id: expect.any(String),
      payload: expect.any(Object),
      created_at: expect.any(String),
    });
    expect(all.body.some((e: { event_type: string }) => e.event_type === "ACTIVITY_LOGGED")).toBe(false);
    const mine = await p.call("GET", `/events/${a}`);
    expect(mine.body.map((e: { event_type: string }) => e.event_type)).toEqual(["WORKSPACE_PROVISIONING"]);
    expect((await p.call("GET", "/events/zzz")).status).toBe(400);
  });
});
