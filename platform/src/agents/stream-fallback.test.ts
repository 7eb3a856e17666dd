import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerJson, busy, startFakeAgent } from "../test/fake-agent";
import { startTestPlatform, type TestPlatform } from "../test/harness";

const streamCall = {
  method: "message/stream",
  params: { message: { role: "user", parts: [{ kind: "text", text: "hi" }] } },
};

describe("message/stream to agents that answer JSON", () => {
  let p: TestPlatform;
  const agents: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_PROVISIONER: "none", MOLECULE_QUEUE_DRAIN_MS: "60000" });
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.close()));
    await p.stop();
  });

  const workspaceAt = async (url: string) => {
    const id = (await p.call("POST", "/workspaces", { name: "J" })).body.id as string;
    await p.call("POST", "/registry/register", { id, url, agent_card: { name: "J" } });
    return id;
  };

  it("passes a plain JSON reply through and records it once", async () => {
    // An agent that never streams: it answers the stream call with one JSON reply.
    const agent = await startFakeAgent(answerJson(200, { jsonrpc: "2.0", id: 1, result: "plain" }));
    agents.push(agent);
    const id = await workspaceAt(agent.url);
    const res = await p.call("POST", `/workspaces/${id}/a2a`, streamCall, { accept: "text/event-stream" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.body).toMatchObject({ result: "plain" });
    expect(agent.received.map((c) => c.method)).toEqual(["message/stream"]);
    const rows = await p.call("GET", `/workspaces/${id}/activity?type=a2a_receive`);
    expect(rows.body).toHaveLength(1);
  });

  it("queues a busy agent's stream call as a plain send and answers 202", async () => {
    const agent = await startFakeAgent(busy);
    agents.push(agent);
    const id = await workspaceAt(agent.url);
    const res = await p.call("POST", `/workspaces/${id}/a2a`, streamCall, { accept: "text/event-stream" });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ queued: true, queue_depth: 1 });
    const queued = await p.ctx.db.pg.query<{ body: { method: string } }>(
      "SELECT body FROM a2a_queue WHERE workspace_id = $1",
      [id],
    );
    expect(queued.rows.map((r) => r.body.method)).toEqual(["message/send"]);
  });
});
