import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";
import { recordingProvisioner } from "../test/recording-provisioner";

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

describe("lifecycle actions", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let prov: ReturnType<typeof recordingProvisioner>;
  beforeAll(async () => {
    p = await startTestPlatform();
    ws = await p.socket();
  });
  afterAll(async () => {
    ws.close();
    await p.stop();
  });
  const create = async (body: Record<string, unknown>) =>
    (await p.call("POST", "/workspaces", body)).body.id as string;
  const online = (id: string, extra = "") =>
    p.ctx.db.pg.query(
      `UPDATE workspaces SET status = 'online', url = 'http://localhost:7000'${extra} WHERE id = $1`,
      [id],
    );
  const statusOf = async (id: string) => (await p.call("GET", `/workspaces/${id}`)).body.status;
  const since = (n: number) => ws.frames.slice(n);

  it("answers 503 for restart and resume without a provisioner, after the 404 check", async () => {
    const id = await create({ name: "NoProv" });
    expect((await p.call("POST", `/workspaces/${UNKNOWN}/restart`)).body).toEqual({
      error: "workspace not found",
      code: "workspace_not_found",
    });
    const res = await p.call("POST", `/workspaces/${id}/restart`);
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ error: "provisioner not available", code: "provisioner_unavailable" });
  });

  it("restarts: provisioning with an empty URL before the reply, then stop and provision", async () => {
    prov = recordingProvisioner();
    p.ctx.provisioner = prov;
    const id = await create({ name: "Restartable", template: "writer" });
    await online(id);
    const n = ws.frames.length;
    const res = await p.call("POST", `/workspaces/${id}/restart`, "", { "content-type": "application/json" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "provisioning", config_dir: "configs/writer", reset_session: false });
    const row = (await p.call("GET", `/workspaces/${id}`)).body;
    expect([row.status, row.url]).toEqual(["provisioning", ""]);
    expect(since(n).map((f) => [f.event, f.workspace_id])).toContainEqual(["WORKSPACE_PROVISIONING", id]);
    expect(prov.stopped).toContain(id);
    expect(prov.provisioned.filter((x) => x === id).length).toBeGreaterThanOrEqual(2);
    expect((await p.call("POST", `/workspaces/${id}/restart?reset=true`, {})).body.reset_session).toBe(true);
  });

  it("pauses a sub-tree, refuses a second pause, and blocks a child's restart under a paused parent", async () => {
    const root = await create({ name: "Team" });
    const kid = await create({ name: "Kid", parent_id: root });
    const grandkid = await create({ name: "Grandkid", parent_id: kid });
    const n = ws.frames.length;
    const res = await p.call("POST", `/workspaces/${root}/pause`, {});
    expect(res.body).toEqual({ status: "paused", paused_count: 3 });
    expect(
      since(n)
        .filter((f) => f.event === "WORKSPACE_PAUSED")
        .map((f) => [f.workspace_id, f.payload]),
    ).toEqual([
      [root, { name: "Team" }],
      [kid, { name: "Kid" }],
      [grandkid, { name: "Grandkid" }],
    ]);
    expect(await statusOf(grandkid)).toBe("paused");
    expect((await p.call("POST", `/workspaces/${root}/pause`)).body).toEqual({
      error: "workspace not found or already paused",
      code: "workspace_not_found",
    });

    const blocked = await p.call("POST", `/workspaces/${kid}/resume`);
    expect(blocked.status).toBe(409);
    expect(blocked.body).toEqual({
      error: 'parent workspace "Team" is paused — resume it first',
      code: "parent_paused",
    });
    expect((await p.call("POST", `/workspaces/${grandkid}/restart`)).status).toBe(409);

    const m = ws.frames.length;
    const resumed = await p.call("POST", `/workspaces/${root}/resume`);
    expect(resumed.body).toEqual({ status: "provisioning", resumed_count: 3 });
    expect(
      since(m)
        .filter((f) => f.event === "WORKSPACE_PROVISIONING")
        .map((f) => f.workspace_id),
    ).toEqual([root, kid, grandkid]);
    expect(await statusOf(grandkid)).toBe("provisioning");
    expect((await p.call("POST", `/workspaces/${root}/resume`)).body).toEqual({
      error: "workspace not found or not paused",
      code: "workspace_not_found",
    });
  });

  it("hibernates online workspaces, asks for force when busy, and refuses other states", async () => {
    const id = await create({ name: "Sleepy" });
    expect((await p.call("POST", `/workspaces/${id}/hibernate`)).status).toBe(404);
    await online(id, ", active_tasks = 2");
    const busy = await p.call("POST", `/workspaces/${id}/hibernate`);
    expect(busy.status).toBe(409);
    expect(busy.body).toEqual({
      error: "workspace has active tasks; use ?force=true to terminate them",
      code: "active_tasks",
      active_tasks: 2,
    });
    const res = await p.call("POST", `/workspaces/${id}/hibernate?force=true`);
    expect(res.body).toEqual({ status: "hibernated" });
    const ev = await ws.waitFor((f) => f.event === "WORKSPACE_HIBERNATED" && f.workspace_id === id);
    expect(ev.payload).toEqual({ name: "Sleepy", tier: 3 });
    expect(await statusOf(id)).toBe("hibernated");
  });

  it("rejects non-UUID ids on every action", async () => {
    for (const action of ["restart", "pause", "resume", "hibernate"]) {
      const res = await p.call("POST", `/workspaces/xyz/${action}`);
      expect([res.status, res.body]).toEqual([
        400,
        { error: "invalid workspace ID", code: "invalid_workspace_id" },
      ]);
    }
  });
});
