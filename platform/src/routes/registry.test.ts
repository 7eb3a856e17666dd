import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

const card = { name: "Hand agent", skills: [] };

describe("agent registry", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_PROVISIONER: "none" });
    ws = await p.socket();
  });
  afterAll(async () => {
    ws?.close();
    await p.stop();
  });

  const create = async (body: Record<string, unknown> = { name: "Hand" }) =>
    (await p.call("POST", "/workspaces", body)).body.id as string;
  const register = (id: string, url = "http://localhost:9", headers: Record<string, string> = {}) =>
    p.call("POST", "/registry/register", { id, url, agent_card: card }, headers);
  const beat = (id: string, token: string, body: Record<string, unknown> = {}) =>
    p.call(
      "POST",
      "/registry/heartbeat",
      { workspace_id: id, ...body },
      { authorization: `Bearer ${token}` },
    );
  const nextEvent = (id: string, event: string, mark: number) =>
    ws.waitFor((f) => ws.frames.indexOf(f) >= mark && f.workspace_id === id && f.event === event);

  it("mints a token on the first register, then demands it", async () => {
    const id = await create();
    const mark = ws.frames.length;
    const first = await register(id);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      status: "registered",
      auth_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect((await nextEvent(id, "WORKSPACE_ONLINE", mark)).payload).toEqual({
      url: "http://localhost:9",
      agent_card: card,
    });
    expect((await register(id)).status).toBe(401);
    const again = await register(id, "http://localhost:9", {
      authorization: `Bearer ${first.body.auth_token}`,
    });
    expect(again.body).toEqual({ status: "registered" });
    expect((await p.call("GET", `/workspaces/${id}`)).body.status).toBe("online");
  });

  it.each([
    "http://169.254.169.254/",
    "http://127.0.0.1:8000",
    "http://[::1]:8000",
    "http://0.0.0.0:8000",
    "http://[::ffff:127.0.0.1]/",
    "http://2130706433/",
    "http://0177.0.0.1/",
    "http://0x7f.0.0.1/",
    "http://127.1/",
    "http://127.0.0.1./",
    "ftp://localhost/",
  ])("rejects the agent URL %s at register and writes nothing", async (url) => {
    const id = await create();
    const res = await register(id, url);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid request body");
    expect((await p.call("GET", `/workspaces/${id}`)).body).toMatchObject({
      status: "provisioning",
      url: "",
    });
  });

  it("walks heartbeats through provisioning→online, degraded and back, and never revives failed", async () => {
    const id = await create();
    const token = (await register(id)).body.auth_token as string;
    await p.ctx.db.pg.query("UPDATE workspaces SET status = 'provisioning' WHERE id = $1", [id]);
    let mark = ws.frames.length;
    expect((await beat(id, token, { current_task: "Draft plan", active_tasks: 1 })).body).toEqual({
      status: "ok",
    });
    expect((await nextEvent(id, "WORKSPACE_ONLINE", mark)).payload).toEqual({
      recovered_from: "provisioning",
    });
    expect((await nextEvent(id, "TASK_UPDATED", mark)).payload).toEqual({
      current_task: "Draft plan",
      active_tasks: 1,
    });
    await nextEvent(id, "WORKSPACE_HEARTBEAT", mark);

    mark = ws.frames.length;
    await beat(id, token, {
      error_rate: 0.6,
      sample_error: "timeouts",
      current_task: "Draft plan",
      active_tasks: 1,
    });
    expect((await nextEvent(id, "WORKSPACE_DEGRADED", mark)).payload).toEqual({
      error_rate: 0.6,
      sample_error: "timeouts",
    });
    expect(ws.frames.slice(mark).some((f) => f.event === "TASK_UPDATED")).toBe(false);
    expect((await p.call("GET", `/workspaces/${id}`)).body.status).toBe("degraded");

    mark = ws.frames.length;
    await beat(id, token, { error_rate: 0.05 });
    expect((await nextEvent(id, "WORKSPACE_ONLINE", mark)).payload).toEqual({});
    expect((await p.call("GET", `/workspaces/${id}`)).body.status).toBe("online");

    await p.ctx.db.pg.query("UPDATE workspaces SET status = 'failed' WHERE id = $1", [id]);
    await beat(id, token);
    expect((await p.call("GET", `/workspaces/${id}`)).body.status).toBe("failed");
  });

  it("rejects a heartbeat without the workspace's token", async () => {
    const id = await create();
    await register(id);
    expect((await p.call("POST", "/registry/heartbeat", { workspace_id: id })).status).toBe(401);
    expect((await beat(id, "x".repeat(43))).status).toBe(401);
  });

  it("updates the card, lists peers in contract order and answers check-access", async () => {
    const root = await create({ name: "Root" });
    const a = await create({ name: "Alpha", parent_id: root });
    const b = await create({ name: "Beta", role: "Researcher", parent_id: root });
    const c = await create({ name: "Child", parent_id: a });
    const token = (await register(a)).body.auth_token as string;
    const mark = ws.frames.length;
    const upd = await p.call(
      "POST",
      "/registry/update-card",
      { workspace_id: a, agent_card: { name: "Alpha v2" } },
      { authorization: `Bearer ${token}` },
    );
    expect(upd.body).toEqual({ status: "updated" });
    expect((await nextEvent(a, "AGENT_CARD_UPDATED", mark)).payload).toEqual({
      agent_card: { name: "Alpha v2" },
    });
    expect((await p.call("GET", "/registry/not-a-uuid/peers")).status).toBe(400);
    expect((await p.call("GET", "/registry/3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10/peers")).status).toBe(404);
    const peers = await p.call("GET", `/registry/${a}/peers`);
    expect(peers.body.map((x: { id: string }) => x.id)).toEqual([b, c, root]);
    expect(
      (await p.call("GET", `/registry/${a}/peers?q=research`)).body.map((x: { id: string }) => x.id),
    ).toEqual([b]);
    const check = (caller_id: string, target_id: string) =>
      p.call("POST", "/registry/check-access", { caller_id, target_id });
    expect((await check(c, root)).body).toEqual({ allowed: true });
    expect((await check(c, b)).body).toEqual({ allowed: false });
  });
});
