import http from "node:http";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintWorkspaceToken } from "../db/tokens";
import { TEST_ADMIN_TOKEN as ADMIN, startTestPlatform, type TestPlatform } from "../test/harness";
import { signUp, twoTenants, waitSettled } from "./test-accounts";

describe("multi-tenancy in SaaS mode", () => {
  let p: TestPlatform;
  let ada: string;
  let bob: string;
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_SAAS_DOMAIN: "moleculesai.test" });
    ({ ada, bob } = await twoTenants(p));
  });
  afterAll(() => p.stop());

  const asTenant = (slug: string, cookie?: string) => ({
    "x-molecule-org-slug": slug,
    ...(cookie ? { cookie } : {}),
  });

  it("scopes tenant routes to the org the header names, for its members", async () => {
    const acme = await p.call("GET", "/workspaces", undefined, asTenant("acme", ada));
    expect(acme.status).toBe(200);
    expect(acme.body).toHaveLength(4);
    const created = await p.call("POST", "/workspaces", { name: "Only in bobco" }, asTenant("bobco", bob));
    expect(created.status).toBe(201);
    const names = (await p.call("GET", "/workspaces", undefined, asTenant("acme", ada))).body.map(
      (w: { name: string }) => w.name,
    );
    expect(names).not.toContain("Only in bobco");
  });

  it("answers 401 without a session, the same for an existing org and an unknown one", async () => {
    for (const slug of ["bobco", "nosuchorg"]) {
      const list = await p.call("GET", "/workspaces", undefined, asTenant(slug));
      expect(list).toMatchObject({ status: 401, body: { error: "admin auth required" } });
      const expired = await p.call(
        "GET",
        "/workspaces",
        undefined,
        asTenant(slug, "molecule_cp_session=gone"),
      );
      expect(expired.status).toBe(401);
    }
  });

  it("answers 404 with nothing revealed for a forged header or a foreign cookie", async () => {
    const bobWorkspace = (await p.call("GET", "/workspaces", undefined, asTenant("bobco", bob))).body[0].id;
    for (const headers of [asTenant("bobco", ada), asTenant("nosuchorg", ada)]) {
      const list = await p.call("GET", "/workspaces", undefined, headers);
      expect(list).toMatchObject({ status: 404, body: { error: "not found" } });
    }
    const one = await p.call("GET", `/workspaces/${bobWorkspace}`, undefined, asTenant("acme", ada));
    expect(one.status).toBe(404);
  });

  it("reads the org from a tenant Host as well", async () => {
    // fetch() overrides Host, so this one goes through node:http.
    const statusFor = (host: string, cookie: string) =>
      new Promise<number | undefined>((resolve, reject) =>
        http
          .get(`${p.url}/workspaces`, { headers: { host, cookie } }, (res) => resolve(res.statusCode))
          .on("error", reject),
      );
    expect(await statusFor("bobco.moleculesai.test:8080", ada)).toBe(404);
    expect(await statusFor("bobco.moleculesai.test:8080", bob)).toBe(200);
  });

  it("keeps the default local org for a request naming no org in dev mode", async () => {
    const res = await p.call("GET", "/workspaces");
    expect(res.status).toBe(200);
    expect(res.body.map((w: { name: string }) => w.name)).not.toContain("Founder");
  });

  it("gives a canvas socket only its own org's events", async () => {
    const open = (origin: string, cookie: string) =>
      new Promise<{ frames: string[]; ws: WebSocket }>((resolve, reject) => {
        const ws = new WebSocket(`${p.url.replace("http", "ws")}/ws`, { headers: { origin, cookie } });
        const frames: string[] = [];
        ws.on("message", (d) => frames.push(String(d)));
        ws.once("open", () => resolve({ frames, ws }));
        ws.once("error", reject);
      });
    const acme = await open("http://acme.moleculesai.test:3000", ada);
    await expect(open("http://bobco.moleculesai.test:3000", ada)).rejects.toThrow(/404/);
    await p.call("POST", "/workspaces", { name: "Bob's second" }, asTenant("bobco", bob));
    await p.call("POST", "/workspaces", { name: "Acme's fifth" }, asTenant("acme", ada));
    await expect.poll(() => acme.frames.join("")).toContain("Acme's fifth");
    expect(acme.frames.join("")).not.toContain("Bob's second");
    acme.ws.close();
  });
});

describe("multi-tenancy in production SaaS mode", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({
      MOLECULE_SAAS_DOMAIN: "moleculesai.test",
      MOLECULE_ENV: "production",
      ADMIN_TOKEN: ADMIN,
    });
  });
  afterAll(() => p.stop());

  it("lets a member's session stand in for the admin credential on their own org only", async () => {
    const ada = await signUp(p, "ada@example.com");
    await p.call("POST", "/cp/orgs", { slug: "acme", name: "Acme" }, { cookie: ada });
    await waitSettled(p, "acme", ada);
    // Once an agent holds a token, the tiers stop treating the org as a fresh install.
    const [first] = (await p.ctx.db.pg.query<{ id: string }>("SELECT id FROM workspaces")).rows;
    await mintWorkspaceToken(p.ctx.db.pg, first!.id);
    const member = await p.call("GET", "/workspaces", undefined, {
      cookie: ada,
      "x-molecule-org-slug": "acme",
    });
    expect(member.status).toBe(200);
    expect(member.body).toHaveLength(4);
    const admin = { authorization: `Bearer ${ADMIN}`, "x-molecule-org-slug": "acme" };
    expect((await p.call("GET", "/workspaces", undefined, admin)).status).toBe(200);
    expect((await p.call("GET", "/workspaces", undefined, { "x-molecule-org-slug": "acme" })).status).toBe(
      401,
    );
  });

  it("refuses a tenant request that names no org", async () => {
    expect((await p.call("GET", "/workspaces")).status).toBe(404);
    expect((await p.call("GET", "/health")).status).toBe(200);
  });
});
