import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerJson, busy, replyText, startFakeAgent, type AgentHandler } from "../test/fake-agent";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

const chat = (text = "hi") => ({
  method: "message/send",
  params: { message: { role: "user", parts: [{ kind: "text", text }] } },
});

describe("A2A proxy", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  const agents: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    p = await startTestPlatform({
      MOLECULE_PROVISIONER: "none",
      A2A_IDLE_TIMEOUT_SECONDS: "1",
      MOLECULE_QUEUE_DRAIN_MS: "100",
    });
    ws = await p.socket();
  });
  afterAll(async () => {
    ws?.close();
    await Promise.all(agents.map((a) => a.close()));
    await p.stop();
  });

  /** A workspace registered by hand at `url`; returns its id and token. */
  const workspace = async (url: string | null, extra: Record<string, unknown> = {}) => {
    const id = (await p.call("POST", "/workspaces", { name: "W", ...extra })).body.id as string;
    if (!url) return { id, token: "" };
    const reg = await p.call("POST", "/registry/register", { id, url, agent_card: { name: "W" } });
    return { id, token: reg.body.auth_token as string };
  };
  const agent = async (h: AgentHandler) => {
    const a = await startFakeAgent(h);
    agents.push(a);
    return a;
  };
  const send = (id: string, body: unknown = chat(), headers: Record<string, string> = {}) =>
    p.call("POST", `/workspaces/${id}/a2a`, body, headers);

  it("normalises the body, fills the messageId and passes the agent's reply through", async () => {
    const a = await agent(replyText("pong"));
    const { id } = await workspace(a.url);
    const res = await send(id, { ...chat("ping"), stray: true });
    expect(res.status).toBe(200);
    expect(res.body.result.parts[0].text).toBe("pong");
    const forwarded = a.received[0]?.json;
    expect(forwarded).toMatchObject({ jsonrpc: "2.0", id: expect.any(String), method: "message/send" });
    expect(forwarded).not.toHaveProperty("stray");
    expect((forwarded as { params: { message: { messageId: string } } }).params.message.messageId).toEqual(
      expect.any(String),
    );
  });

  it("answers the contract's errors for bad input, callers, budget, URL and SSRF", async () => {
    const a = await agent(replyText("ok"));
    const root = await workspace(a.url);
    const left = await workspace(a.url, { parent_id: root.id });
    const right = await workspace(a.url, { parent_id: root.id });
    const cousin = await workspace(a.url, { parent_id: left.id });
    const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

    expect((await send(root.id, "{not json")).body).toEqual({ error: "invalid JSON", code: "invalid_json" });
    // Past 1 MiB the body is cut off and then fails as invalid JSON, however large it is.
    const padded = (n: number) => JSON.stringify({ ...chat(), pad: "x".repeat(n) });
    expect(await send(root.id, padded(2 * 1024 * 1024))).toMatchObject({
      status: 400,
      body: { error: "invalid JSON" },
    });
    expect(await send(root.id, padded(12 * 1024 * 1024))).toMatchObject({
      status: 400,
      body: { error: "invalid JSON" },
    });
    expect((await send(root.id, padded(900 * 1024))).status).toBe(200);
    expect((await send("3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10")).status).toBe(404);
    expect((await send(root.id, chat(), { "x-workspace-id": "system:cron" })).body).toEqual({
      error: "invalid caller ID",
      code: "invalid_caller_id",
    });
    expect((await send(root.id, chat(), { "x-workspace-id": left.id })).body).toEqual({
      error: "missing caller auth token",
      code: "unauthenticated",
    });
    expect((await send(root.id, chat(), { "x-workspace-id": left.id, ...bearer(right.token) })).body).toEqual(
      {
        error: "invalid caller auth token",
        code: "invalid_token",
      },
    );
    const denied = await send(right.id, chat(), { "x-workspace-id": cousin.id, ...bearer(cousin.token) });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      error: "access denied: workspaces cannot communicate per hierarchy rules",
      code: "communication_denied",
    });
    const allowed = await send(root.id, chat(), { "x-workspace-id": cousin.id, ...bearer(cousin.token) });
    expect(allowed.status).toBe(200);
    expect((await p.call("GET", `/workspaces/${cousin.id}`)).body.last_outbound_at).toEqual(
      expect.any(String),
    );

    await p.ctx.db.pg.query("UPDATE workspaces SET budget_limit = 100, monthly_spend = 100 WHERE id = $1", [
      left.id,
    ]);
    expect(await send(left.id)).toMatchObject({
      status: 402,
      body: { error: "workspace budget limit exceeded" },
    });

    const noUrl = await workspace(null);
    expect(await send(noUrl.id)).toMatchObject({
      status: 503,
      body: { error: "workspace has no URL", status: "provisioning" },
    });

    await p.ctx.db.pg.query("UPDATE workspaces SET url = 'http://127.0.0.1:9' WHERE id = $1", [right.id]);
    expect(await send(right.id)).toMatchObject({
      status: 502,
      body: { error: "workspace URL is not publicly routable" },
    });
  });

  it("logs every proxied call, errors included, and announces it", async () => {
    const a = await agent(answerJson(500, { jsonrpc: "2.0", error: { code: -32603, message: "boom" } }));
    const { id } = await workspace(a.url);
    const mark = ws.frames.length;
    const res = await send(id);
    expect(res).toMatchObject({ status: 500, body: { error: "Internal Server Error" } });
    const logged = await ws.waitFor(
      (f) => ws.frames.indexOf(f) >= mark && f.event === "ACTIVITY_LOGGED" && f.workspace_id === id,
    );
    expect(logged.payload).toMatchObject({
      activity_type: "a2a_receive",
      status: "error",
      method: "message/send",
    });
    expect(ws.frames.slice(mark).some((f) => f.event === "A2A_RESPONSE")).toBe(false);
  });

  it("survives garbage agents (bad JSON, 10 MiB+, hanging, dead) while a healthy one keeps answering", async () => {
    const healthy = await workspace((await agent(replyText("still here"))).url);
    const bad = await workspace((await agent((_call, res) => res.end("<html>nope"))).url);
    const huge = await workspace(
      (
        await agent((_call, res) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(`{"result":"${"x".repeat(11 * 1024 * 1024)}"}`);
        })
      ).url,
    );
    const hanging = await workspace((await agent(() => {})).url);
    const dead = await agent(replyText("gone"));
    const deadWs = await workspace(dead.url);
    await dead.close();

    const [r1, r2, r3, r4, r5] = await Promise.all([
      send(bad.id),
      send(huge.id),
      send(hanging.id),
      send(deadWs.id),
      send(healthy.id),
    ]);
    expect(r1).toMatchObject({
      status: 502,
      body: { error: "failed to read agent response", delivery_confirmed: true },
    });
    expect(r2).toMatchObject({ status: 502, body: { error: "failed to read agent response" } });
    expect(r3).toMatchObject({ status: 202, body: { queued: true, queue_depth: 1 } });
    expect(r4).toMatchObject({ status: 502, body: { error: "failed to reach workspace agent" } });
    expect(r5.body.result.parts[0].text).toBe("still here");
    expect((await p.call("GET", "/health")).status).toBe(200);
  });

  it("queues a call while the agent is busy and delivers it when capacity frees", async () => {
    let isBusy = true;
    const a = await agent((call, res) => (isBusy ? busy : replyText("done later"))(call, res));
    const { id } = await workspace(a.url);
    const res = await send(id, chat("later please"));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      queued: true,
      queue_id: expect.any(String),
      message: expect.stringContaining("queued"),
    });
    const mark = ws.frames.length;
    isBusy = false;
    const response = await ws.waitFor(
      (f) => ws.frames.indexOf(f) >= mark && f.event === "A2A_RESPONSE" && f.workspace_id === id,
    );
    expect(response.payload).toMatchObject({
      response_body: { result: { parts: [{ text: "done later" }] } },
    });
  });
});
