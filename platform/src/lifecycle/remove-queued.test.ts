import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { busy, startFakeAgent, type FakeAgent } from "../test/fake-agent";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

describe("removing a workspace with calls queued for it", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let agent: FakeAgent;
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_PROVISIONER: "none", MOLECULE_QUEUE_DRAIN_MS: "60000" });
    ws = await p.socket();
    // Always busy, so every call to it waits in the queue.
    agent = await startFakeAgent(busy);
  });
  afterAll(async () => {
    ws?.close();
    await agent.close();
    await p.stop();
  });

  const workspace = async (parent_id?: string) => {
    const id = (await p.call("POST", "/workspaces", { name: "Q", ...(parent_id ? { parent_id } : {}) })).body
      .id as string;
    await p.call("POST", "/registry/register", { id, url: agent.url, agent_card: { name: "Q" } });
    return id;
  };
  const queueOf = async (workspaceId: string) =>
    (
      await p.ctx.db.pg.query<{ status: string }>("SELECT status FROM a2a_queue WHERE workspace_id = $1", [
        workspaceId,
      ])
    ).rows.map((r) => r.status);

  it("fails the waiting calls and tells the delegating lead its task will not be done", async () => {
    const lead = await workspace();
    const child = await workspace(lead);
    const sent = await p.call("POST", `/workspaces/${lead}/delegate`, { target_id: child, task: "count" });
    expect(sent.status).toBe(202);
    const delegationId = sent.body.delegation_id as string;
    await expect.poll(() => queueOf(child)).toEqual(["queued"]);

    expect((await p.call("DELETE", `/workspaces/${child}?confirm=true`)).status).toBe(200);

    expect(await queueOf(child)).toEqual(["failed"]);
    const failed = await ws.waitFor(
      (f) => f.event === "DELEGATION_FAILED" && f.payload.delegation_id === delegationId,
    );
    expect(failed.workspace_id).toBe(lead);
    expect(failed.payload.error).toMatch(/removed/);
  });
});
