import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Provisioner } from "../context";
import { startTestPlatform, type TestPlatform } from "../test/harness";

/** Org import paces provisioning: never more than three workspaces provisioning at once. */
describe("org import pacing", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.stop());

  it("keeps at most three provisions in flight and provisions every node", async () => {
    let inFlight = 0;
    let peak = 0;
    const done: string[] = [];
    const orgId = p.ctx.defaultOrgId;
    const provisioner: Provisioner = {
      available: true,
      provision(_org, id) {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        // The "agent" comes online a little later, which frees the slot.
        setTimeout(() => {
          inFlight -= 1;
          done.push(id);
          void p.ctx.events.publish(orgId, "WORKSPACE_ONLINE", id, {
            url: "http://localhost:1",
            agent_card: null,
          });
        }, 300);
      },
      stop: async () => {},
      stopAll: async () => {},
    };
    p.ctx.provisioner = provisioner;
    const children = Array.from({ length: 6 }, (_, i) => ({ name: `W${i}` }));
    const res = await p.call("POST", "/org/import", {
      template: { name: "Wide", workspaces: [{ name: "Root", children }] },
    });
    expect(res.status).toBe(201);
    await expect.poll(() => done.length, { timeout: 10_000 }).toBe(7);
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });
});

describe("org import limits", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.stop());

  const rowCount = async () =>
    (await p.ctx.db.pg.query<{ n: number }>("SELECT count(*)::int AS n FROM workspaces")).rows[0]!.n;

  it("answers an inline template nested 30,000 levels deep with the depth limit, not a stack overflow", async () => {
    // Written out by hand: building the object would overflow this test's own stack.
    const nodes = `${'{"name":"N","children":['.repeat(30_000)}${"]}".repeat(30_000)}`;
    const body = `{"template":{"name":"Deep","workspaces":[${nodes}]}}`;
    const res = await p.call("POST", "/org/import", body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: "org template too deep: 30000 levels, max 32",
      code: "org_template_too_deep",
    });
    expect((await p.call("GET", "/health")).status).toBe(200);
  });

  it("refuses a template with too many workspaces or levels before creating any", async () => {
    const before = await rowCount();
    const wide = Array.from({ length: 201 }, (_, i) => ({ name: `W${i}` }));
    const tooMany = await p.call("POST", "/org/import", { template: { name: "Wide", workspaces: wide } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toEqual({
      error: "org template too large: 201 workspaces, max 200",
      code: "org_template_too_large",
    });
    let deep: Record<string, unknown> = { name: "L33" };
    for (let i = 32; i >= 1; i--) deep = { name: `L${i}`, children: [deep] };
    const tooDeep = await p.call("POST", "/org/import", { template: { name: "Deep", workspaces: [deep] } });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.code).toBe("org_template_too_deep");
    expect(await rowCount()).toBe(before);
  });
});
