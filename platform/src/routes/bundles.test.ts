import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSchema } from "@/lib/contract";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

describe("bundles", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  beforeAll(async () => {
    p = await startTestPlatform();
    ws = await p.socket();
  });
  afterAll(async () => {
    ws.close();
    await p.stop();
  });

  it("round-trips a sub-tree: export, delete, import with fresh ids and the same shape", async () => {
    const lead = (
      await p.call("POST", "/workspaces", { name: "Lead", template: "team-lead", role: "runs it" })
    ).body.id;
    const child = (
      await p.call("POST", "/workspaces", { name: "Helper", template: "writer", parent_id: lead })
    ).body.id;
    await p.call("PUT", `/workspaces/${child}/secrets`, { key: "SECRET_THING", value: "do-not-export" });
    const card = { name: "Lead", description: "leads", skills: [{ id: "plan", name: "Plan" }] };
    await p.ctx.db.pg.query("UPDATE workspaces SET agent_card = $2 WHERE id = $1", [
      lead,
      JSON.stringify(card),
    ]);

    const exported = await p.call("GET", `/bundles/export/${lead}`);
    expect(exported.status).toBe(200);
    expect(bundleSchema.safeParse(exported.body).success).toBe(true);
    expect(exported.body).toMatchObject({
      id: lead,
      name: "Lead",
      tier: 3,
      runtime: "team-lead",
      role: "runs it",
      agent_card: card,
    });
    expect(exported.body.sub_workspaces.map((b: { name: string }) => b.name)).toEqual(["Helper"]);
    expect(JSON.stringify(exported.body)).not.toContain("do-not-export");

    expect((await p.call("DELETE", `/workspaces/${lead}?confirm=true`)).body.cascade_deleted).toBe(1);
    const imported = await p.call("POST", "/bundles/import", exported.body);
    expect(imported.status).toBe(201);
    expect(imported.body).toEqual({
      workspace_id: expect.any(String),
      name: "Lead",
      status: "provisioning",
      children: [{ workspace_id: expect.any(String), name: "Helper", status: "provisioning" }],
    });
    const newId = imported.body.workspace_id;
    expect(newId).not.toBe(lead);
    const ev = await ws.waitFor((f) => f.event === "WORKSPACE_PROVISIONING" && f.workspace_id === newId);
    expect(ev.payload).toEqual({ name: "Lead", tier: 3, source_bundle_id: lead });
    const row = (await p.call("GET", `/workspaces/${newId}`)).body;
    expect(row).toMatchObject({ name: "Lead", tier: 3, runtime: "team-lead", agent_card: card });
    const childRow = (await p.call("GET", `/workspaces/${imported.body.children[0].workspace_id}`)).body;
    expect(childRow.parent_id).toBe(newId);
  });

  it("answers 404 for unknown or removed workspaces and 400 for an invalid bundle", async () => {
    expect((await p.call("GET", "/bundles/export/00000000-0000-4000-8000-000000000000")).body).toEqual({
      error: "bundle not found",
    });
    expect((await p.call("GET", "/bundles/export/nope")).status).toBe(404);
    const before = (await p.ctx.db.pg.query("SELECT count(*)::int AS n FROM workspaces")).rows;
    for (const bad of [
      {},
      { schema: "x", id: "y", name: "", tier: 2 },
      { schema: "x", id: "y", name: "N", tier: 9 },
      "{",
    ]) {
      const res = await p.call("POST", "/bundles/import", bad);
      expect(res.status).toBe(400);
    }
    expect((await p.ctx.db.pg.query("SELECT count(*)::int AS n FROM workspaces")).rows).toEqual(before);
  });
});
