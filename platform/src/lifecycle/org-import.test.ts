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
