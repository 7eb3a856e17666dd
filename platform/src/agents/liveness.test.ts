import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

describe("heartbeat expiry", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  beforeAll(async () => {
    p = await startTestPlatform({
      MOLECULE_PROVISIONER: "none",
      MOLECULE_LIVENESS_TTL_SECONDS: "1",
      MOLECULE_LIVENESS_SWEEP_MS: "200",
    });
    ws = await p.socket();
  });
  afterAll(async () => {
    ws?.close();
    await p.stop();
  });

  it("marks a silent agent offline, restarts nothing without a provisioner, and revives it on its next heartbeat", async () => {
    const id = (await p.call("POST", "/workspaces", { name: "Quiet" })).body.id as string;
    const token = (
      await p.call("POST", "/registry/register", {
        id,
        url: "http://localhost:9",
        agent_card: { name: "Quiet" },
      })
    ).body.auth_token as string;
    await ws.waitFor((f) => f.event === "WORKSPACE_OFFLINE" && f.workspace_id === id, 5000);
    expect((await p.call("GET", `/workspaces/${id}`)).body.status).toBe("offline");
    expect(p.ctx.supervisor.liveness()).toHaveProperty("liveness-sweep");
    const mark = ws.frames.length;
    await p.call("POST", "/registry/heartbeat", { workspace_id: id }, { authorization: `Bearer ${token}` });
    const back = await ws.waitFor(
      (f) => ws.frames.indexOf(f) >= mark && f.event === "WORKSPACE_ONLINE" && f.workspace_id === id,
    );
    expect(back.payload).toEqual({});
    const offlineAt = ws.frames.findIndex((f) => f.event === "WORKSPACE_OFFLINE" && f.workspace_id === id);
    const restarted = ws.frames
      .slice(offlineAt)
      .some((f) => f.event === "WORKSPACE_PROVISIONING" && f.workspace_id === id);
    expect(restarted).toBe(false);
  });
});
