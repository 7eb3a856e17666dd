import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replyText, startFakeAgent, type FakeAgent } from "../test/fake-agent";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

describe("delegation", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let agent: FakeAgent;
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_PROVISIONER: "none", MOLECULE_DELEGATION_RETRY_MS: "50" });
    ws = await p.socket();
    agent = await startFakeAgent(replyText((asked) => `did: ${asked}`));
  });
  afterAll(async () => {
    ws?.close();
    await agent.close();
    await p.stop();
  });

  const workspace = async (parent_id?: string) => {
    const id = (await p.call("POST", "/workspaces", { name: "D", ...(parent_id ? { parent_id } : {}) })).body
      .id as string;
    await p.call("POST", "/registry/register", { id, url: agent.url, agent_card: { name: "D" } });
    return id;
  };
  const events = (source: string, delegationId: string) =>
    ws.frames
      .filter((f) => f.workspace_id === source && f.payload.delegation_id === delegationId)
      .map((f) => f.event);

  it("delegates to a child: 202, events in order, rows on the source, idempotent on retry", async () => {
    const lead = await workspace();
    const child = await workspace(lead);
    const body = { target_id: child, task: "Summarise the Q3 numbers", idempotency_key: "k1" };
    const res = await p.call("POST", `/workspaces/${lead}/delegate`, body);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ delegation_id: expect.any(String), status: "delegated", target_id: child });
    const id = res.body.delegation_id as string;
    const done = await ws.waitFor((f) => f.event === "DELEGATION_COMPLETE" && f.payload.delegation_id === id);
    expect(done.payload).toEqual({
      delegation_id: id,
      target_id: child,
      response_preview: "did: Summarise the Q3 numbers",
    });
    expect(events(lead, id)).toEqual(["DELEGATION_SENT", "DELEGATION_STATUS", "DELEGATION_COMPLETE"]);

    const hit = await p.call("POST", `/workspaces/${lead}/delegate`, body);
    expect(hit.status).toBe(200);
    expect(hit.body).toEqual({
      delegation_id: id,
      status: "delegated",
      target_id: child,
      idempotent_hit: true,
    });

    const rows = (await p.call("GET", `/workspaces/${lead}/activity?type=delegation`)).body as Record<
      string,
      unknown
    >[];
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.method === "delegate")).toMatchObject({
      status: "completed",
      source_id: lead,
      target_id: child,
      summary: `Delegating to ${child}`,
      request_body: { task: body.task, delegation_id: id },
    });
    expect(rows.find((r) => r.method === "delegate_result")).toMatchObject({
      status: "completed",
      response_body: { text: "did: Summarise the Q3 numbers", delegation_id: id },
    });
    expect(ws.frames.some((f) => f.event === "ACTIVITY_LOGGED" && f.workspace_id === lead)).toBe(false);
    const list = await p.call("GET", `/workspaces/${lead}/delegations`);
    expect(list.body[0]).toMatchObject({
      type: "delegate_result",
      delegation_id: id,
      response_preview: "did: Summarise the Q3 numbers",
    });
  });

  it("fails a delegation the hierarchy forbids", async () => {
    const root = await workspace();
    const a = await workspace(root);
    const b = await workspace(root);
    const nephew = await workspace(a);
    const res = await p.call("POST", `/workspaces/${nephew}/delegate`, { target_id: b, task: "Help" });
    const id = res.body.delegation_id as string;
    const failed = await ws.waitFor((f) => f.event === "DELEGATION_FAILED" && f.payload.delegation_id === id);
    expect(failed.payload.error).toMatch(/hierarchy/);
  });

  it("retries a dispatch that met a 502 once, then fails the delegation", async () => {
    const flaky = await startFakeAgent((_call, res) => res.writeHead(502).end());
    try {
      const lead = await workspace();
      const child = (await p.call("POST", "/workspaces", { name: "Flaky", parent_id: lead })).body
        .id as string;
      await p.call("POST", "/registry/register", {
        id: child,
        url: flaky.url,
        agent_card: { name: "Flaky" },
      });
      const id = (await p.call("POST", `/workspaces/${lead}/delegate`, { target_id: child, task: "Try" }))
        .body.delegation_id as string;
      const failed = await ws.waitFor(
        (f) => f.event === "DELEGATION_FAILED" && f.payload.delegation_id === id,
      );
      expect(failed.payload.error).toBe("Bad Gateway");
      expect(flaky.received).toHaveLength(2);
    } finally {
      await flaky.close();
    }
  });

  it("rejects bad delegate bodies and self-delegation", async () => {
    const a = await workspace();
    const post = (body: unknown) => p.call("POST", `/workspaces/${a}/delegate`, body);
    expect((await post({ target_id: a, task: "x" })).body).toEqual({
      error: "self-delegation not permitted",
      code: "self_delegation",
    });
    expect((await post({ target_id: "nope", task: "x" })).body.error).toBe("target_id must be a valid UUID");
    expect((await post({ task: "x" })).body.error).toBe("invalid delegation request");
    expect((await p.call("GET", `/workspaces/${a}/delegations`)).body).toEqual([]);
  });

  it("records an agent's direct delegation and its update", async () => {
    const lead = await workspace();
    const child = await workspace(lead);
    const rec = await p.call("POST", `/workspaces/${lead}/delegations/record`, {
      target_id: child,
      task: "Direct",
      delegation_id: "d-1",
    });
    expect(rec).toMatchObject({ status: 202, body: { delegation_id: "d-1", status: "recorded" } });
    const upd = await p.call("POST", `/workspaces/${lead}/delegations/d-1/update`, {
      status: "failed",
      error: "timeout",
    });
    expect(upd.status).toBe(200);
    expect(events(lead, "d-1")).toEqual(["DELEGATION_SENT", "DELEGATION_FAILED"]);
    expect(
      (await p.call("POST", `/workspaces/${lead}/delegations/nope/update`, { status: "completed" })).status,
    ).toBe(404);
    const rows = (await p.call("GET", `/workspaces/${lead}/delegations`)).body as Record<string, unknown>[];
    expect(rows.map((r) => [r.type, r.status])).toEqual([
      ["delegate_result", "failed"],
      ["delegate", "failed"],
    ]);
  });
});
