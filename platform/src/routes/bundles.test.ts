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
      code: "bundle_not_found",
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

/** A bundle node as the canvas exports it, with `sub_workspaces` as given. */
const node = (name: string, sub_workspaces: unknown[] = []) => ({
  schema: "molecule.bundle/v1",
  id: name,
  name,
  tier: 2,
  sub_workspaces,
});
/** A chain `levels` deep: the root, its only child, that child's only child… */
const chain = (levels: number) => {
  let b = node(`L${levels}`);
  for (let i = levels - 1; i >= 1; i--) b = node(`L${i}`, [b]);
  return b;
};

describe("bundle import limits and pacing", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.stop());

  const rowCount = async () =>
    (await p.ctx.db.pg.query<{ n: number }>("SELECT count(*)::int AS n FROM workspaces")).rows[0]!.n;

  it("refuses a bundle with too many workspaces with a 400 that says the limit, writing nothing", async () => {
    const before = await rowCount();
    const wide = node(
      "Wide",
      Array.from({ length: 200 }, (_, i) => node(`W${i}`)),
    );
    const res = await p.call("POST", "/bundles/import", wide);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: "bundle too large: 201 workspaces, max 200",
      code: "bundle_too_large",
    });
    expect(await rowCount()).toBe(before);
  });

  it("refuses a bundle deeper than the limit up front instead of dropping its deepest levels", async () => {
    const before = await rowCount();
    const res = await p.call("POST", "/bundles/import", chain(40));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: "bundle too deep: 40 levels, max 32", code: "bundle_too_deep" });
    expect(await rowCount()).toBe(before);
  });

  it("imports every level of a bundle exactly as deep as the limit", async () => {
    const before = await rowCount();
    const res = await p.call("POST", "/bundles/import", chain(32));
    expect(res.status).toBe(201);
    expect(await rowCount()).toBe(before + 32);
  });

  it("answers a bundle nested 15,000 levels deep with the depth limit, not a stack overflow", async () => {
    // Written out by hand: building the object would overflow this test's own stack.
    const open = '{"schema":"s","id":"x","name":"N","tier":2,"sub_workspaces":[';
    const body = `${open.repeat(15_000)}${"]}".repeat(15_000)}`;
    const res = await p.call("POST", "/bundles/import", body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: "bundle too deep: 15000 levels, max 32", code: "bundle_too_deep" });
    expect((await p.call("GET", "/health")).status).toBe(200);
  });

  it("refuses to export a tree deeper than a bundle may be rather than cutting it", async () => {
    let parent: string | undefined;
    let root = "";
    for (let i = 0; i < 33; i++) {
      const res = await p.call("POST", "/workspaces", {
        name: `E${i}`,
        ...(parent ? { parent_id: parent } : {}),
      });
      parent = res.body.id;
      root ||= res.body.id;
    }
    const res = await p.call("GET", `/bundles/export/${root}`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: "bundle too deep: 33 levels, max 32", code: "bundle_too_deep" });
  });

  it("replies before the agents start, then starts at most three at once until every node runs", async () => {
    const orgId = p.ctx.defaultOrgId;
    const started: string[] = [];
    let settled = 0;
    let peak = 0;
    const none = p.ctx.provisioner;
    p.ctx.provisioner = {
      available: true,
      provision(_org, id) {
        started.push(id);
        peak = Math.max(peak, started.length - settled);
      },
      stop: async () => {},
      stopAll: async () => {},
    };
    try {
      const res = await p.call(
        "POST",
        "/bundles/import",
        node(
          "Team",
          Array.from({ length: 12 }, (_, i) => node(`M${i}`)),
        ),
      );
      expect(res.status).toBe(201);
      expect(started.length).toBeLessThanOrEqual(3);
      // Each agent coming online frees a slot for the next one.
      while (settled < 13) {
        await expect.poll(() => started.length, { timeout: 5000 }).toBeGreaterThan(settled);
        const id = started[settled]!;
        settled += 1;
        await p.ctx.events.publish(orgId, "WORKSPACE_ONLINE", id, {
          url: "http://localhost:1",
          agent_card: null,
        });
      }
      expect(new Set(started).size).toBe(13);
      expect(peak).toBeLessThanOrEqual(3);
    } finally {
      p.ctx.provisioner = none;
    }
  });
});
