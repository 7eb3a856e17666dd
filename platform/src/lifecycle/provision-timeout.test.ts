import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "../context";
import { insertWorkspace } from "../db/workspaces";
import type { EventBus } from "../events/bus";
import { startTestPlatform, type TestPlatform } from "../test/harness";
import { startProvisionTimeoutLoop, sweepProvisionTimeouts } from "./provision-timeout";

describe("provisioning-timeout sweep", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.stop());

  const aged = async (name: string, runtime: string, minutesAgo: number, timeoutMs: number | null = null) => {
    const rec = await insertWorkspace(p.ctx.db.pg, p.ctx.defaultOrgId, {
      name,
      status: "provisioning",
      runtime,
      provision_timeout_ms: timeoutMs,
    });
    await p.ctx.db.pg.query(
      "UPDATE workspaces SET updated_at = now() - make_interval(mins => $2) WHERE id = $1",
      [rec.id, minutesAgo],
    );
    return rec.id;
  };
  const status = async (id: string) => (await p.call("GET", `/workspaces/${id}`)).body.status;

  it("fails rows past their runtime's timeout, measured from updated_at, and announces it", async () => {
    const ws = await p.socket();
    const old = await aged("Old", "worker", 11);
    const fresh = await aged("Fresh", "worker", 5);
    const hermes = await aged("Slow boot", "hermes", 20); // hermes gets 30 min
    const lead = await aged("Lead", "team-lead", 6, 300_000); // manifest says 5 min
    const failed = await sweepProvisionTimeouts(p.ctx);
    expect(failed.sort()).toEqual([old, lead].sort());
    expect([await status(fresh), await status(hermes)]).toEqual(["provisioning", "provisioning"]);
    const ev = await ws.waitFor((f) => f.event === "WORKSPACE_PROVISION_FAILED" && f.workspace_id === old);
    expect(ev.payload).toEqual({
      error: "provisioning timed out — no agent came online within 600 s",
      timeout_secs: 600,
      runtime: "worker",
      source: "provision_timeout_sweep",
    });
    expect(
      (await p.call("GET", "/workspaces")).body.find((r: { id: string }) => r.id === old).last_sample_error,
    ).toMatch(/timed out/);
    ws.close();
  });

  it("keeps sweeping the other rows when one row throws", async () => {
    const bad = await aged("Bad", "worker", 30);
    const good = await aged("Good", "worker", 30);
    const bus = p.ctx.events;
    const flaky: EventBus = {
      subscribe: bus.subscribe,
      publish: (orgId, event, wsId, payload) =>
        wsId === bad ? Promise.reject(new Error("boom")) : bus.publish(orgId, event, wsId, payload),
    };
    const quietLog = { ...p.ctx.log, error: () => {} };
    const failed = await sweepProvisionTimeouts({ ...p.ctx, events: flaky, log: quietLog } as Ctx);
    expect(failed).toContain(good);
    expect(failed).not.toContain(bad);
    expect(await status(good)).toBe("failed");
  });

  it("honours PROVISION_TIMEOUT_SECONDS over every runtime", async () => {
    const id = await aged("Hermes", "hermes", 2);
    const ctx = { ...p.ctx, config: { ...p.ctx.config, provisionTimeoutOverrideSeconds: 60 } } as Ctx;
    expect(await sweepProvisionTimeouts(ctx)).toContain(id);
  });

  it("runs under the supervisor and records a liveness tick", async () => {
    startProvisionTimeoutLoop(p.ctx, 20);
    await expect
      .poll(() => p.ctx.supervisor.liveness()["provision-timeout"], { timeout: 5000 })
      .toBeDefined();
    const res = await p.call("GET", "/admin/liveness");
    expect(res.body.subsystems["provision-timeout"]).toEqual({
      last_tick_at: expect.any(String),
      seconds_ago: expect.any(Number),
    });
  });
});
