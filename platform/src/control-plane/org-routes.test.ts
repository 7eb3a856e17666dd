import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../test/harness";
import { signUp, waitSettled } from "./test-accounts";

describe("control-plane orgs", () => {
  let p: TestPlatform;
  let ada: { cookie: string };
  let bob: { cookie: string };
  beforeAll(async () => {
    p = await startTestPlatform({
      MOLECULE_SAAS_DOMAIN: "moleculesai.test",
      MOLECULE_APP_URL: "http://app.moleculesai.test:3000",
      MOLECULE_ORG_QUOTA: "3",
    });
    ada = { cookie: await signUp(p, "ada@example.com") };
    bob = { cookie: await signUp(p, "bob@example.com") };
  });
  afterAll(() => p.stop());

  it("creates an org that provisions through the named stages to running", async () => {
    const created = await p.call("POST", "/cp/orgs", { slug: "acme", name: "Acme" }, ada);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: "acme", name: "Acme", status: "provisioning", plan: "free" });

    const during = await p.call("GET", "/cp/orgs/acme/provision-status", undefined, ada);
    expect(during.body).toMatchObject({ status: "provisioning", eta_s: { typical: expect.any(Number) } });
    expect(during.body.stages.map((s: { id: string }) => s.id)).toEqual([
      "launching",
      "booting",
      "pulling_image",
      "starting_services",
      "health_check",
      "tunnel_dns_tls",
      "ready_check",
    ]);

    const done = await waitSettled(p, "acme", ada.cookie);
    expect(done).toMatchObject({ status: "running", url: "http://acme.moleculesai.test:3000", eta_s: null });
    for (const stage of done.stages) {
      expect(stage.state).toBe("done");
      expect(Date.parse(stage.finished_at)).toBeGreaterThanOrEqual(Date.parse(stage.started_at));
    }
    const list = await p.call("GET", "/cp/orgs", undefined, ada);
    expect(list.body.orgs.map((o: { slug: string }) => o.slug)).toEqual(["acme"]);
  });

  it("seeds the starter team into the new org only", async () => {
    const team = await p.call("GET", "/workspaces", undefined, { ...ada, "x-molecule-org-slug": "acme" });
    expect(team.status).toBe(200);
    expect(team.body.map((w: { name: string }) => w.name).sort()).toEqual([
      "Founder",
      "Researcher",
      "Reviewer",
      "Writer",
    ]);
  });

  it("estimates the next provision from the history of previous ones", async () => {
    await p.call("POST", "/cp/orgs", { slug: "beta-co", name: "Beta" }, ada);
    const status = await p.call("GET", "/cp/orgs/beta-co/provision-status", undefined, ada);
    const [prev] = (
      await p.ctx.db.pg.query<{ s: number }>(
        "SELECT extract(epoch FROM finished_at - started_at)::float AS s FROM cp_provisions WHERE outcome = 'ok'",
      )
    ).rows;
    expect(status.body.eta_s.worst).toBeLessThanOrEqual(Math.ceil(prev!.s));
    await waitSettled(p, "beta-co", ada.cookie);
  });

  it.each([
    [{ slug: "Ab", name: "x" }, 400, "invalid_slug"],
    [{ slug: "acme-", name: "x" }, 400, "invalid_slug"],
    [{ slug: "a.b.c", name: "x" }, 400, "invalid_slug"],
    [{ slug: "staging", name: "x" }, 409, "slug_reserved"],
    [{ slug: "app", name: "x" }, 409, "slug_reserved"],
    [{ slug: "acme", name: "Other" }, 409, "slug_taken"],
  ])("refuses %j with %i %s", async (body, status, code) => {
    const res = await p.call("POST", "/cp/orgs", body, bob);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
  });

  it("refuses a missing name and an anonymous caller", async () => {
    expect((await p.call("POST", "/cp/orgs", { slug: "gamma" }, bob)).status).toBe(400);
    expect((await p.call("POST", "/cp/orgs", { slug: "gamma", name: "G" })).status).toBe(401);
    expect((await p.call("GET", "/cp/orgs")).status).toBe(401);
  });

  it("refuses to create an org before the terms are accepted", async () => {
    await p.ctx.db.pg.query("UPDATE cp_users SET terms_accepted_at = NULL WHERE email = 'bob@example.com'");
    const res = await p.call("POST", "/cp/orgs", { slug: "bobco", name: "Bob" }, bob);
    expect(res).toMatchObject({ status: 403, body: { code: "terms_not_accepted" } });
    await p.call("POST", "/cp/auth/accept-terms", {}, bob);
  });

  it("stops a user at the owned-org quota", async () => {
    await p.call("POST", "/cp/orgs", { slug: "gamma", name: "G" }, ada);
    const res = await p.call("POST", "/cp/orgs", { slug: "delta", name: "D" }, ada);
    expect(res).toMatchObject({ status: 409, body: { code: "org_quota" } });
    await waitSettled(p, "gamma", ada.cookie);
  });

  it("answers 404, never 403, for someone else's org on every route", async () => {
    expect((await p.call("GET", "/cp/orgs", undefined, bob)).body.orgs).toEqual([]);
    for (const [method, route, body] of [
      ["GET", "/cp/orgs/acme", undefined],
      ["GET", "/cp/orgs/acme/provision-status", undefined],
      ["GET", "/cp/orgs/acme/provision-status/stream", undefined],
      ["POST", "/cp/orgs/acme/provision", {}],
      ["DELETE", "/cp/orgs/acme", { confirm: "acme" }],
      ["GET", "/cp/orgs/nope", undefined],
    ] as const) {
      const res = await p.call(method, route, body, bob);
      expect(res.status, `${method} ${route}`).toBe(404);
      expect(res.body).toEqual({ error: "not found", code: "org_not_found" });
    }
  });

  it("reports membership to the tenant", async () => {
    expect((await p.call("GET", "/cp/auth/tenant-member?slug=acme", undefined, ada)).body).toEqual({
      member: true,
      user_id: expect.any(String),
    });
    expect((await p.call("GET", "/cp/auth/tenant-member?slug=acme", undefined, bob)).body).toEqual({
      member: false,
      user_id: "",
    });
  });

  it("serves the public instance view without any credential", async () => {
    const res = await p.call("GET", "/cp/orgs/acme/instance");
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["ip", "org_id", "region", "slug", "status"]);
    expect(JSON.stringify(res.body)).not.toMatch(/token|secret|password|admin/i);
    const status = await p.call("GET", "/cp/orgs/acme/provision-status", undefined, ada);
    expect(status.body).not.toHaveProperty("org_id");
    expect(JSON.stringify(status.body)).not.toMatch(/token|secret|password/i);
    expect((await p.call("GET", "/cp/orgs/nope/instance")).status).toBe(404);
  });

  it("streams the status object as server-sent events", async () => {
    const res = await fetch(`${p.url}/cp/orgs/acme/provision-status/stream`, { headers: ada });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const text = await res.text(); // a settled org sends one event and closes
    const event = JSON.parse(/^data: (.+)$/m.exec(text)![1]!);
    expect(event).toMatchObject({ status: "running", stages: expect.any(Array) });
  });

  it("refuses a delete whose confirmation does not match, and keeps the org", async () => {
    const res = await p.call("DELETE", "/cp/orgs/acme", { confirm: "acm" }, ada);
    expect(res.status).toBe(400);
    expect((await p.call("DELETE", "/cp/orgs/acme", {}, ada)).status).toBe(400);
    expect((await p.call("GET", "/cp/orgs/acme", undefined, ada)).status).toBe(200);
  });

  it("purges the org, its workspaces and tenant data on a matching delete", async () => {
    const res = await p.call("DELETE", "/cp/orgs/acme", { confirm: "acme" }, ada);
    expect(res.status).toBe(200);
    expect(res.body.steps.map((s: { state: string }) => s.state)).toEqual(["done", "done", "done"]);
    expect((await p.call("GET", "/cp/orgs/acme", undefined, ada)).status).toBe(404);
    const left = await p.ctx.db.pg.query(
      "SELECT 1 FROM workspaces w JOIN orgs o ON o.id = w.org_id WHERE o.slug = 'acme'",
    );
    expect(left.rows).toHaveLength(0);
    const audit = await p.ctx.db.pg.query<{ slug: string }>(
      "SELECT slug FROM cp_purges WHERE finished_at IS NOT NULL",
    );
    expect(audit.rows.map((r) => r.slug)).toContain("acme");
  });

  it("rate-limits the public instance lookup", async () => {
    let last = 0;
    for (let i = 0; i < 61; i += 1) last = (await p.call("GET", "/cp/orgs/gamma/instance")).status;
    expect(last).toBe(429);
  });
});
