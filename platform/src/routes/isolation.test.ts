import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertActivity } from "../db/activity";
import { insertWorkspace } from "../db/workspaces";
import { startTestPlatform, type TestPlatform } from "../test/harness";

/** Rows of a second org, written straight into the DB, never show through this org's routes. */
describe("org isolation", () => {
  let p: TestPlatform;
  let otherOrg: string;
  let foreign: string;
  let mine: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    otherOrg = randomUUID();
    const pg = p.ctx.db.pg;
    await pg.query("INSERT INTO orgs (id, slug, name) VALUES ($1, 'other', 'Other org')", [otherOrg]);
    foreign = (await insertWorkspace(pg, otherOrg, { name: "Foreign", status: "online" })).id;
    await insertActivity(pg, otherOrg, {
      workspace_id: foreign,
      activity_type: "agent_log",
      summary: "secret plans",
    });
    await pg.query(
      "INSERT INTO secrets (id, org_id, key, ciphertext) VALUES ($1, $2, 'FOREIGN_KEY', 'v1:x')",
      [randomUUID(), otherOrg],
    );
    await pg.query(
      "INSERT INTO approvals (id, org_id, workspace_id, action) VALUES ($1, $2, $3, 'foreign')",
      [randomUUID(), otherOrg, foreign],
    );
    mine = (await p.call("POST", "/workspaces", { name: "Mine" })).body.id;
  });
  afterAll(() => p.stop());

  it("hides the other org's workspaces from list, get, patch, budget and children", async () => {
    expect((await p.call("GET", "/workspaces")).body.map((r: { id: string }) => r.id)).toEqual([mine]);
    expect((await p.call("GET", `/workspaces/${foreign}`)).status).toBe(404);
    expect((await p.call("PATCH", `/workspaces/${foreign}`, { name: "Hijacked" })).status).toBe(404);
    expect((await p.call("GET", `/workspaces/${foreign}/budget`)).status).toBe(404);
    expect((await p.call("PATCH", `/workspaces/${mine}`, { parent_id: foreign })).status).toBe(400);
    expect((await p.call("POST", "/workspaces", { name: "Child", parent_id: foreign })).status).toBe(400);
    expect((await p.call("GET", `/bundles/export/${foreign}`)).status).toBe(404);
  });

  it("cannot delete, pause or restart the other org's workspace", async () => {
    expect(await p.call("DELETE", `/workspaces/${foreign}?confirm=true`)).toMatchObject({
      status: 404,
      body: { error: "workspace not found" },
    });
    expect((await p.call("POST", `/workspaces/${foreign}/pause`)).status).toBe(404);
    const row = await p.ctx.db.pg.query<{ name: string; status: string }>(
      "SELECT name, status FROM workspaces WHERE id = $1",
      [foreign],
    );
    expect(row.rows[0]).toEqual({ name: "Foreign", status: "online" });
  });

  it("keeps activity, secrets, approvals and events apart", async () => {
    expect((await p.call("GET", `/workspaces/${foreign}/activity`)).body).toEqual([]);
    expect(
      (await p.call("GET", "/activity")).body.some(
        (r: { workspace_id: string }) => r.workspace_id === foreign,
      ),
    ).toBe(false);
    expect((await p.call("GET", "/settings/secrets")).body).toEqual([]);
    expect((await p.call("GET", "/approvals/pending")).body).toEqual([]);
    await p.ctx.events.publish(otherOrg, "WORKSPACE_HIBERNATED", foreign, { name: "Foreign", tier: 3 });
    for (const route of ["/events", `/events/${foreign}`]) {
      const types = (await p.call("GET", route)).body.map((e: { event_type: string }) => e.event_type);
      expect(types).not.toContain("WORKSPACE_HIBERNATED");
    }
  });

  it("never sends the other org's events to this org's sockets", async () => {
    const ws = await p.socket();
    await p.ctx.events.publish(otherOrg, "WORKSPACE_PAUSED", foreign, { name: "Foreign" });
    await p.call("PATCH", `/workspaces/${mine}`, { role: "marker" });
    await ws.waitFor((f) => f.event === "WORKSPACE_UPDATED" && f.workspace_id === mine);
    expect(ws.frames.some((f) => f.workspace_id === foreign)).toBe(false);
    ws.close();
  });
});
