import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeAgent, type AgentHandler } from "../test/fake-agent";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

/** Answers with raw JSON text and `status`. */
const answerRaw =
  (status: number, text: string): AgentHandler =>
  (_call, res) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(text);
  };

// The agent's reply as raw JSON text, so `\u0000` reaches the platform as the escape an agent would send.
const agentText =
  (text: string): AgentHandler =>
  (call, res) => {
    const id = JSON.stringify((call.json as { id?: unknown }).id);
    answerRaw(
      200,
      `{"jsonrpc":"2.0","id":${id},"result":{"kind":"message","role":"agent","parts":[{"kind":"text","text":"${text}"}]}}`,
    )(call, res);
  };
const chat = (text: string) =>
  `{"method":"message/send","params":{"message":{"role":"user","parts":[{"kind":"text","text":"${text}"}]}}}`;

describe("A2A request bodies", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  const agents: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    p = await startTestPlatform();
    ws = await p.socket();
  });
  afterAll(async () => {
    ws.close();
    await Promise.all(agents.map((a) => a.close()));
    await p.stop();
  });

  const workspaceAt = async (reply: AgentHandler) => {
    const agent = await startFakeAgent(reply);
    agents.push(agent);
    const id = (await p.call("POST", "/workspaces", { name: "Agent" })).body.id as string;
    const reg = await p.call("POST", "/registry/register", { id, url: agent.url, agent_card: { name: "A" } });
    expect(reg.body).toMatchObject({ status: "registered" });
    return { id, agent };
  };
  const receives = async (id: string) =>
    (await p.call("GET", `/workspaces/${id}/activity?type=a2a_receive`)).body as {
      status: string;
      response_body?: unknown;
    }[];

  it("refuses a NUL in the message with a 400 before the agent sees it", async () => {
    const { id, agent } = await workspaceAt(agentText("ok"));
    const res = await p.call("POST", `/workspaces/${id}/a2a`, chat("a\\u0000b"));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: "text may not contain NUL (\\u0000) characters",
      code: "nul_character",
    });
    expect(agent.received).toEqual([]);
  });

  it("logs and announces an agent reply that carries NUL", async () => {
    const { id } = await workspaceAt(agentText("a\\u0000b"));
    const res = await p.call("POST", `/workspaces/${id}/a2a`, chat("hi"));
    expect(res.status).toBe(200);
    expect(res.body.result.parts[0].text).toBe("a\u0000b");
    const rows = await receives(id);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]!.response_body)).toContain("a\uFFFDb");
    await ws.waitFor((f) => f.event === "A2A_RESPONSE" && f.workspace_id === id);
  });

  it("logs an agent error whose message carries NUL", async () => {
    const { id } = await workspaceAt(answerRaw(500, '{"error":"broke\\u0000here"}'));
    const res = await p.call("POST", `/workspaces/${id}/a2a`, chat("hi"));
    expect(res.status).toBe(500);
    expect(res.body.error).toBe("broke\u0000here");
    expect((await receives(id)).map((r) => r.status)).toEqual(["error"]);
  });

  it.each([
    ["a form", "application/x-www-form-urlencoded"],
    ["text", "text/plain"],
  ])("answers %s body with 415 without forwarding it", async (_label, type) => {
    const { id, agent } = await workspaceAt(agentText("ok"));
    const res = await p.call("POST", `/workspaces/${id}/a2a`, chat("hi"), { "content-type": type });
    expect(res.status).toBe(415);
    expect(res.body).toEqual({ error: "unsupported content type", code: "unsupported_media_type" });
    expect(agent.received).toEqual([]);
  });

  it("refuses invalid UTF-8 with a 400 without forwarding it", async () => {
    const { id, agent } = await workspaceAt(agentText("ok"));
    const [head, tail] = chat("X").split("X") as [string, string];
    const res = await fetch(`${p.url}/workspaces/${id}/a2a`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28]), Buffer.from(tail)]),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "request body is not valid UTF-8", code: "invalid_utf8" });
    expect(agent.received).toEqual([]);
  });
});
