import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

/** An agent that is always busy, so every call to it waits in the queue. */
async function busyAgent() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(503, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "agent busy", busy: true }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

describe("removing a workspace with calls queued for it", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let agent: Awaited<ReturnType<typeof busyAgent>>;
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_PROVISIONER: "none", MOLECULE_QUEUE_DRAIN_MS: "60000" });
    ws = await p.socket();
    agent = await busyAgent();
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
