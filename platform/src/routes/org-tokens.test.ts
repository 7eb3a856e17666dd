import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintOrgTokenResponseSchema, orgTokenListSchema } from "@/lib/contract";
import { twoTenants } from "../control-plane/test-accounts";
import { mintWorkspaceToken } from "../db/tokens";
import { ADMIN_AUTH, PRODUCTION, startTestPlatform, type TestPlatform } from "../test/harness";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("org API keys (production)", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({ ...PRODUCTION });
  });
  afterAll(() => p.stop());

  it("mints a key shown once that then works as admin, lists it without the secret, and revokes it", async () => {
    const minted = await p.call("POST", "/org/tokens", { name: "ci deploy" }, ADMIN_AUTH);
    expect(minted.status).toBe(200);
    const key = mintOrgTokenResponseSchema.parse(minted.body);
    expect(key).toMatchObject({ name: "ci deploy", prefix: key.auth_token.slice(0, 8) });

    const created = await p.call("POST", "/workspaces", { name: "By key" }, bearer(key.auth_token));
    expect(created.status).toBe(201);
    const actions = await p.call(
      "GET",
      `/workspaces/${created.body.id}/activity`,
      undefined,
      bearer(key.auth_token),
    );
    expect(actions.status).toBe(200);

    const list = orgTokenListSchema.parse((await p.call("GET", "/org/tokens", undefined, ADMIN_AUTH)).body);
    expect(list.tokens).toEqual([expect.objectContaining({ id: key.id, created_by: "admin-token" })]);
    expect(JSON.stringify(list)).not.toContain(key.auth_token);
    expect(list.tokens[0]!.last_used_at).toEqual(expect.any(String));

    expect((await p.call("DELETE", `/org/tokens/${key.id}`, undefined, ADMIN_AUTH)).body).toEqual({
      revoked: key.id,
    });
    expect((await p.call("GET", "/workspaces", undefined, bearer(key.auth_token))).status).toBe(401);
    expect((await p.call("DELETE", `/org/tokens/${key.id}`, undefined, ADMIN_AUTH)).status).toBe(404);
  });

  it("is not for agents: a workspace token cannot mint or list keys", async () => {
    const ws = (await p.call("POST", "/workspaces", { name: "Agent" }, ADMIN_AUTH)).body.id;
    const token = await mintWorkspaceToken(p.ctx.db.pg, ws);
    expect((await p.call("POST", "/org/tokens", {}, bearer(token))).status).toBe(401);
    expect((await p.call("GET", "/org/tokens", undefined, bearer(token))).status).toBe(401);
  });

  it("refuses a name over 100 bytes and limits mints to 10 an hour per client", async () => {
    const long = await p.call("POST", "/org/tokens", { name: "x".repeat(101) }, ADMIN_AUTH);
    expect(long).toMatchObject({ status: 400, body: { error: "name too long (max 100 chars)" } });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await p.call("POST", "/org/tokens", {}, ADMIN_AUTH)).status);
    // One mint happened in the first test.
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("org API keys (SaaS): a key is admin on its own org only", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_SAAS_DOMAIN: "moleculesai.test", MOLECULE_ENV: "production" });
  });
  afterAll(() => p.stop());

  it("names its org like a workspace token, and is refused on another org", async () => {
    const { ada, bob } = await twoTenants(p);
    const minted = await p.call("POST", "/org/tokens", {}, { cookie: ada, "x-molecule-org-slug": "acme" });
    expect(minted.body).toMatchObject({ auth_token: expect.any(String) });
    const key = bearer(minted.body.auth_token);

    const own = await p.call("GET", "/workspaces", undefined, key);
    expect(own.status).toBe(200);
    expect(own.body.map((w: { name: string }) => w.name)).toContain("Founder");
    const named = await p.call("GET", "/workspaces", undefined, { ...key, "x-molecule-org-slug": "acme" });
    expect(named.status).toBe(200);
    const foreign = await p.call("GET", "/workspaces", undefined, { ...key, "x-molecule-org-slug": "bobco" });
    expect(foreign.status).toBe(401);
    // Bob's session with Ada's key on bobco is still only Bob.
    const mixed = await p.call(
      "POST",
      "/org/tokens",
      {},
      { ...key, cookie: bob, "x-molecule-org-slug": "bobco" },
    );
    expect(mixed.status).toBe(200);
    expect(mixed.body.auth_token).not.toBe(minted.body.auth_token);
    const list = await p.call("GET", "/org/tokens", undefined, {
      cookie: ada,
      "x-molecule-org-slug": "acme",
    });
    expect(list.body.count).toBe(1);
  });
});
