import http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { twoTenants } from "../control-plane/test-accounts";
import { mintWorkspaceToken, workspaceForToken } from "../db/tokens";
import { startTestPlatform, type TestPlatform } from "../test/harness";
import { recordingProvisioner } from "../test/recording-provisioner";

/** A request on a tenant Host, as a browser on `<slug>.moleculesai.test` sends it (fetch cannot set Host). */
function onHost(p: TestPlatform, slug: string, cookie: string) {
  return (method: string, path: string, body?: unknown) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(`${p.url}${path}`, {
        method,
        headers: {
          host: `${slug}.moleculesai.test:8080`,
          cookie,
          ...(payload ? { "content-type": "application/json" } : {}),
        },
      });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      });
      req.on("error", reject);
      req.end(payload);
    });
}

describe("lifecycle routes never act on another org's workspace (SaaS)", () => {
  let p: TestPlatform;
  let asBob: ReturnType<typeof onHost>;
  let asAda: ReturnType<typeof onHost>;
  let prov: ReturnType<typeof recordingProvisioner>;
  let victim: string;
  let victimToken: string;
  let acmeIds: string[];

  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_SAAS_DOMAIN: "moleculesai.test" });
    const { ada, bob } = await twoTenants(p);
    asBob = onHost(p, "bobco", bob);
    asAda = onHost(p, "acme", ada);
    acmeIds = ((await asAda("GET", "/workspaces")).body as { id: string }[]).map((w) => w.id);
    victim = acmeIds[0]!;
    await p.ctx.db.pg.query(
      "UPDATE workspaces SET status = 'online', url = 'http://127.0.0.1:9', active_tasks = 1 WHERE id = $1",
      [victim],
    );
    victimToken = await mintWorkspaceToken(p.ctx.db.pg, victim);
  });
  beforeEach(() => {
    prov = recordingProvisioner();
    p.ctx.provisioner = prov;
  });
  afterAll(() => p.stop());

  const victimRow = async () =>
    (
      await p.ctx.db.pg.query(
        `SELECT w.status, w.url, w.name, w.role, w.tier, w.parent_id, w.updated_at, l.x, l.y
         FROM workspaces w LEFT JOIN canvas_layouts l ON l.workspace_id = w.id WHERE w.id = $1`,
        [victim],
      )
    ).rows[0];
  const touchedAcme = () => [...prov.stopped, ...prov.provisioned].filter((id) => acmeIds.includes(id));

  it("answers 404 to Bob's DELETE of an acme workspace and stops nothing", async () => {
    const before = await victimRow();
    for (const query of ["?confirm=true", "?confirm=true&purge=true", ""]) {
      const res = await asBob("DELETE", `/workspaces/${victim}${query}`);
      expect(res).toEqual({
        status: 404,
        body: { error: "workspace not found", code: "workspace_not_found" },
      });
    }
    expect(touchedAcme()).toEqual([]);
    expect(await victimRow()).toEqual(before);
    expect(await workspaceForToken(p.ctx.db.pg, victimToken)).toBe(victim);
  });

  it("answers 404 to every other lifecycle action on it and starts or stops nothing", async () => {
    const before = await victimRow();
    const routes: [string, string, unknown?][] = [
      ["POST", `/workspaces/${victim}/restart`, {}],
      ["POST", `/workspaces/${victim}/pause`, {}],
      ["POST", `/workspaces/${victim}/hibernate?force=true`, {}],
      ["PATCH", `/workspaces/${victim}`, { name: "Hijacked", x: 1, y: 2 }],
      ["PATCH", `/workspaces/${victim}/budget`, { budget_limit: 0 }],
      ["PUT", `/workspaces/${victim}/secrets`, { key: "K", value: "v" }],
    ];
    for (const [method, path, body] of routes) {
      expect((await asBob(method, path, body)).status, `${method} ${path}`).toBe(404);
    }
    await p.ctx.db.pg.query("UPDATE workspaces SET status = 'paused' WHERE id = $1", [victim]);
    expect((await asBob("POST", `/workspaces/${victim}/resume`, {})).status).toBe(404);
    await p.ctx.db.pg.query("UPDATE workspaces SET status = 'online' WHERE id = $1", [victim]);

    expect(touchedAcme()).toEqual([]);
    expect(await victimRow()).toEqual(before);
    expect(await workspaceForToken(p.ctx.db.pg, victimToken)).toBe(victim);
    const secrets = await p.ctx.db.pg.query("SELECT 1 FROM secrets WHERE workspace_id = $1", [victim]);
    expect(secrets.rows).toEqual([]);
  });

  it("reveals nothing of it through the other :id routes", async () => {
    const a2a = {
      jsonrpc: "2.0",
      id: 1,
      method: "message/send",
      params: { message: { role: "user", parts: [{ kind: "text", text: "hi" }], messageId: "m1" } },
    };
    const missing: [string, string, unknown?][] = [
      ["GET", `/workspaces/${victim}`],
      ["GET", `/workspaces/${victim}/budget`],
      ["GET", `/workspaces/${victim}/secrets`],
      ["DELETE", `/workspaces/${victim}/secrets/K`],
      ["GET", `/bundles/export/${victim}`],
      ["POST", `/workspaces/${victim}/a2a`, a2a],
      ["POST", `/workspaces/${victim}/activity`, { activity_type: "agent_log", summary: "planted" }],
    ];
    for (const [method, path, body] of missing) {
      expect((await asBob(method, path, body)).status, `${method} ${path}`).toBe(404);
    }
    for (const list of ["activity", "approvals", "delegations"]) {
      expect((await asBob("GET", `/workspaces/${victim}/${list}`)).body, list).toEqual([]);
    }
    expect(touchedAcme()).toEqual([]);
  });

  it("still acts for the org that owns the workspace", async () => {
    const bobs = ((await asBob("GET", "/workspaces")).body as { id: string }[])[0]!.id;
    expect((await asBob("DELETE", `/workspaces/${bobs}?confirm=true`)).status).toBe(200);
    expect(prov.stopped).toContain(bobs);
    expect((await asAda("POST", `/workspaces/${victim}/restart`, {})).status).toBe(200);
    expect(prov.stopped).toContain(victim);
    expect(prov.provisioned).toContain(victim);
  });
});
