import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replyText, startFakeAgent, type FakeAgent } from "../test/fake-agent";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

describe("demo traffic driver", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let agent: FakeAgent;
  beforeAll(async () => {
    agent = await startFakeAgent(replyText("on it"));
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
    await agent.close();
  });

  it("waits until the org is up, then sends the lead real tasks through the proxy", async () => {
    const rows = (await p.call("GET", "/workspaces")).body as { id: string; parent_id: string | null }[];
    expect(rows.length).toBeGreaterThan(3);
    const { url } = agent;
    const lead = rows.find((w) => w.parent_id === null)!;
    for (const w of rows.filter((r) => r.id !== lead.id)) {
      await p.call("POST", "/registry/register", { id: w.id, url, agent_card: { name: "x" } });
    }
    expect(agent.received).toEqual([]); // the lead is not up yet
    await p.call("POST", "/registry/register", { id: lead.id, url, agent_card: { name: "lead" } });
    const logged = await ws.waitFor(
      (f) =>
        f.event === "ACTIVITY_LOGGED" &&
        f.workspace_id === lead.id &&
        f.payload.activity_type === "a2a_receive",
    );
    expect(logged.payload).toMatchObject({ source_id: null, method: "message/send", status: "ok" });
    expect(agent.received[0]?.text).toMatch(/\w+ \w+/);
  });
});
