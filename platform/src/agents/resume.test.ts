import { afterAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../test/harness";

describe("agents across a platform restart", () => {
  let p: TestPlatform | null = null;
  afterAll(() => p?.stop());

  it("starts the agents of online workspaces again when the platform comes back", async () => {
    const env = { MOLECULE_PROVISIONER: "local" };
    const first = await startTestPlatform(env);
    const ws = await first.socket();
    const id = (await first.call("POST", "/workspaces", { name: "Persistent", role: "Writer" })).body
      .id as string;
    await ws.waitFor((f) => f.event === "WORKSPACE_ONLINE" && f.workspace_id === id);
    ws.close();
    await first.stop(true);

    p = await startTestPlatform(env, first.dataDir);
    // Without the resume the row would still say online from the last run, but nothing would answer.
    const online = async () => (await p!.call("GET", `/workspaces/${id}`)).body.status;
    await expect.poll(online, { timeout: 15_000 }).toBe("online");
    const res = await p.call("POST", `/workspaces/${id}/a2a`, {
      method: "message/send",
      params: { message: { role: "user", parts: [{ kind: "text", text: "Still there?" }] } },
    });
    expect(res.status).toBe(200);
  });
});
