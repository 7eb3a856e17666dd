import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

describe("demo traffic driver", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let agent: http.Server;
  const asked: string[] = [];
  beforeAll(async () => {
    agent = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        asked.push(JSON.parse(body).params.message.parts[0].text);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            jsonrpc: "2.0",
            id: 1,
            result: { kind: "message", role: "agent", parts: [{ kind: "text", text: "on it" }] },
          }),
        );
      });
    });
    await new Promise<void>((r) => agent.listen(0, "127.0.0.1", () => r()));
    // No local agents: the seeded demo org stays provisioning until the test registers it by hand.
    p = await startTestPlatform({
      MOLECULE_PROVISIONER: "none",
      MOLECULE_DEMO: "on",
      MOLECULE_DEMO_INTERVAL_MS: "100",
    });
    ws = await p.socket();
  });
  afterAll(async () => {
    ws?.close();
    await p.stop();
    agent.closeAllConnections();
    await new Promise((r) => agent.close(r));
  });

  it("waits until the org is up, then sends the lead real tasks through the proxy", async () => {
    const rows = (await p.call("GET", "/workspaces")).body as { id: string; parent_id: string | null }[];
    expect(rows.length).toBeGreaterThan(3);
    const url = `http://localhost:${(agent.address() as AddressInfo).port}`;
    const lead = rows.find((w) => w.parent_id === null)!;
    for (const w of rows.filter((r) => r.id !== lead.id)) {
      await p.call("POST", "/registry/register", { id: w.id, url, agent_card: { name: "x" } });
    }
    expect(asked).toEqual([]); // the lead is not up yet
    await p.call("POST", "/registry/register", { id: lead.id, url, agent_card: { name: "lead" } });
    const logged = await ws.waitFor(
      (f) =>
        f.event === "ACTIVITY_LOGGED" &&
        f.workspace_id === lead.id &&
        f.payload.activity_type === "a2a_receive",
    );
    expect(logged.payload).toMatchObject({ source_id: null, method: "message/send", status: "ok" });
    expect(asked[0]).toMatch(/\w+ \w+/);
  });
});
