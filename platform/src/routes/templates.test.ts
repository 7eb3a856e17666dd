import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgTemplateListSchema, templateListSchema } from "@/lib/contract";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

describe("templates and org import", () => {
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
  const count = async () => (await p.ctx.db.pg.query("SELECT count(*)::int AS n FROM workspaces")).rows;

  it("lists workspace templates from their config.yaml", async () => {
    const res = await p.call("GET", "/templates");
    expect(templateListSchema.safeParse(res.body).success).toBe(true);
    const byId = Object.fromEntries(res.body.map((t: { id: string }) => [t.id, t]));
    expect(Object.keys(byId)).toEqual(
      expect.arrayContaining([
        "researcher",
        "writer",
        "reviewer",
        "team-lead",
        "data-analyst",
        "external-bridge",
      ]),
    );
    expect(byId.researcher).toMatchObject({
      runtime: "worker",
      tier: 2,
      skill_count: 2,
      skills: ["Web research", "Summarise"],
    });
    expect(byId["team-lead"].provision_timeout_seconds).toBe(300);
    expect(byId["external-bridge"].skills).toBeNull();
  });

  it("gives team-lead rows the manifest's provision_timeout_ms", async () => {
    const id = (await p.call("POST", "/workspaces", { name: "Lead", template: "team-lead" })).body.id;
    const row = (await p.call("GET", "/workspaces")).body.find((r: { id: string }) => r.id === id);
    expect(row.provision_timeout_ms).toBe(300_000);
    await p.call("DELETE", `/workspaces/${id}?purge=true`);
  });

  it("lists org templates with workspace counts", async () => {
    const res = await p.call("GET", "/org/templates");
    expect(orgTemplateListSchema.safeParse(res.body).success).toBe(true);
    const demo = res.body.find((t: { dir: string }) => t.dir === "demo");
    expect(demo.workspaces).toBeGreaterThanOrEqual(12);
    expect(demo.recommended_env).toEqual([{ any_of: ["OPENAI_API_KEY", "OPENROUTER_API_KEY"] }]);
  });

  it("imports an org directory: parents first, relative x/y in events, absolute layout stored", async () => {
    const res = await p.call("POST", "/org/import", { dir: "startup-squad" });
    expect(res.status).toBe(201);
    expect(res.body.org).toBe("Startup squad");
    expect(res.body.count).toBe(4);
    const [founder, researcher] = res.body.workspaces;
    const ev = await ws.waitFor(
      (f) => f.event === "WORKSPACE_PROVISIONING" && f.workspace_id === researcher.id,
    );
    expect(ev.payload).toEqual({
      name: "Researcher",
      tier: 2,
      runtime: "worker",
      x: -300,
      y: 220,
      parent_id: founder.id,
    });
    const rootEv = ws.frames.find(
      (f) => f.event === "WORKSPACE_PROVISIONING" && f.workspace_id === founder.id,
    )!;
    expect(rootEv.payload).not.toHaveProperty("parent_id");
    expect(ws.frames.indexOf(rootEv)).toBeLessThan(ws.frames.indexOf(ev));
    const rows = (await p.call("GET", "/workspaces")).body;
    const stored = rows.find((r: { id: string }) => r.id === researcher.id);
    expect(stored).toMatchObject({
      x: 100,
      y: 260,
      parent_id: founder.id,
      collapsed: false,
      status: "provisioning",
    });
  });

  it("imports an inline template and lays out children without positions", async () => {
    const res = await p.call("POST", "/org/import", {
      template: {
        name: "Inline",
        workspaces: [{ name: "Boss", x: 0, y: 0, children: [{ name: "One" }, { name: "Two" }] }],
      },
    });
    expect(res.status).toBe(201);
    const ids = res.body.workspaces.map((w: { id: string }) => w.id);
    const rows = (await p.call("GET", "/workspaces")).body.filter((r: { id: string }) => ids.includes(r.id));
    expect(rows.map((r: { x: number; y: number }) => [r.x, r.y])).toEqual([
      [0, 0],
      [-150, 220],
      [150, 220],
    ]);
  });

  it("answers 412 for missing required env unless forced, and writes nothing", async () => {
    const template = {
      name: "Needs keys",
      required_env: ["SERPAPI_KEY", { any_of: ["A_KEY", "B_KEY"] }],
      workspaces: [{ name: "X" }],
    };
    const before = await count();
    const res = await p.call("POST", "/org/import", { template });
    expect(res.status).toBe(412);
    expect(res.body).toMatchObject({
      error: "missing required environment variables",
      missing_env: ["SERPAPI_KEY", { any_of: ["A_KEY", "B_KEY"] }],
      template: "Needs keys",
    });
    expect(await count()).toEqual(before);
    await p.call("PUT", "/settings/secrets", { key: "B_KEY", value: "b" });
    expect((await p.call("POST", "/org/import", { template })).body.missing_env).toEqual(["SERPAPI_KEY"]);
    expect((await p.call("POST", "/org/import", { template, force: true })).status).toBe(201);
  });

  it.each([
    [{}, 400, "provide 'dir' or 'template'"],
    [{ dir: "../etc" }, 400, "invalid org directory"],
    [{ dir: "nope" }, 404, "org template not found: nope"],
    [{ template: { name: "Empty", workspaces: [] } }, 400, "invalid org template"],
    [
      { template: { name: "Bad", workspaces: [{ name: "A", template: "ghost" }] } },
      400,
      "org template expansion failed",
    ],
  ])("rejects %j", async (body, status, message) => {
    const before = await count();
    const res = await p.call("POST", "/org/import", body);
    expect(res.status).toBe(status);
    expect(res.body.error).toBe(message);
    expect(await count()).toEqual(before);
  });
});
