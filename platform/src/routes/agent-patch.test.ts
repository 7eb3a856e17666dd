import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintWorkspaceToken } from "../db/tokens";
import { ADMIN_AUTH, PRODUCTION, startTestPlatform, type TestPlatform } from "../test/harness";

/** Finding 9: an agent's own token may describe itself, not move itself past the communication rule. */
describe("PATCH /workspaces/:id with the workspace's own token (production)", () => {
  let p: TestPlatform;
  let teamA: string;
  let teamB: string;
  let agent: string;
  let agentAuth: { authorization: string };
  beforeAll(async () => {
    p = await startTestPlatform(PRODUCTION);
    const create = async (body: Record<string, unknown>) =>
      (await p.call("POST", "/workspaces", body, ADMIN_AUTH)).body.id as string;
    teamA = await create({ name: "Team A" });
    teamB = await create({ name: "Team B" });
    agent = await create({ name: "Worker", parent_id: teamA });
    agentAuth = { authorization: `Bearer ${await mintWorkspaceToken(p.ctx.db.pg, agent)}` };
  });
  afterAll(() => p.stop());

  const parentOf = async (id: string) =>
    (
      await p.ctx.db.pg.query<{ parent_id: string | null }>(
        "SELECT parent_id FROM workspaces WHERE id = $1",
        [id],
      )
    ).rows[0]?.parent_id;

  it("refuses to re-parent itself with 403 and a code, and stays where it was", async () => {
    for (const parent_id of [teamB, null]) {
      const res = await p.call("PATCH", `/workspaces/${agent}`, { parent_id }, agentAuth);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({
        error: expect.stringContaining("parent_id"),
        code: "admin_required",
        fields: ["parent_id"],
      });
    }
    expect(await parentOf(agent)).toBe(teamA);
  });

  it("refuses the fields that choose its privileges, host mount and place on the canvas", async () => {
    for (const body of [
      { tier: 4 },
      { runtime: "other" },
      { workspace_dir: "/tmp" },
      { x: 1, y: 2 },
      { collapsed: true },
    ]) {
      const res = await p.call("PATCH", `/workspaces/${agent}`, { name: "Renamed", ...body }, agentAuth);
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(res.body.code).toBe("admin_required");
    }
    expect((await p.call("GET", `/workspaces/${agent}`)).body).toMatchObject({ name: "Worker", tier: 3 });
  });

  it("still lets it change its own name and role", async () => {
    const res = await p.call(
      "PATCH",
      `/workspaces/${agent}`,
      { name: "Worker 2", role: "writes" },
      agentAuth,
    );
    expect(res).toMatchObject({ status: 200, body: { status: "updated" } });
  });

  it("lets the admin move it", async () => {
    const res = await p.call("PATCH", `/workspaces/${agent}`, { parent_id: teamB, x: 5, y: 6 }, ADMIN_AUTH);
    expect(res.status).toBe(200);
    expect(await parentOf(agent)).toBe(teamB);
  });
});
