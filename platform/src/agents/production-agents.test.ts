import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_AUTH, PRODUCTION, startTestPlatform, type TestPlatform } from "../test/harness";
import type { LocalProvisioner } from "./local-provisioner";

/**
 * Production closes every open door, so the agents the platform spawns must get by on the token
 * it hands them: register, heartbeat, their secrets, delegation and A2A calls to their team.
 */
describe("real local agents in production mode", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({
      ...PRODUCTION,
      MOLECULE_PROVISIONER: "local",
      MOLECULE_HEARTBEAT_MS: "300",
      MOLECULE_AGENT_WORK_MS: "150",
    });
    await (p.ctx.provisioner as LocalProvisioner).ready();
  });
  afterAll(() => p.stop());

  const create = async (body: Record<string, unknown>) => {
    const res = await p.call("POST", "/workspaces", body, ADMIN_AUTH);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const statusOf = async (id: string) =>
    (await p.call("GET", "/workspaces", undefined, ADMIN_AUTH)).body.find((w: { id: string }) => w.id === id)
      ?.status;

  it("brings a team online and delegates through the platform on the agents' own tokens", async () => {
    const lead = await create({ name: "Lead", template: "team-lead" });
    const worker = await create({ name: "Worker", parent_id: lead });
    await expect.poll(() => statusOf(lead), { timeout: 20_000 }).toBe("online");
    await expect.poll(() => statusOf(worker), { timeout: 20_000 }).toBe("online");

    const reply = await p.call(
      "POST",
      `/workspaces/${lead}/a2a`,
      {
        method: "message/send",
        params: { message: { role: "user", parts: [{ kind: "text", text: "Plan the launch" }] } },
      },
      ADMIN_AUTH,
    );
    expect(reply.status).toBe(200);
    const delegations = await p.call("GET", `/workspaces/${lead}/delegations`, undefined, ADMIN_AUTH);
    expect(delegations.body.some((d: { target_id: string }) => d.target_id === worker)).toBe(true);
    // Heartbeats keep arriving (none was refused or rate-limited).
    await expect.poll(() => statusOf(worker), { timeout: 5_000 }).toBe("online");
  });
});
