import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestPlatform, type TestPlatform } from "../test/harness";
import { signUp, waitSettled } from "./test-accounts";

describe("tenant provisioning and purge faults", () => {
  let p: TestPlatform | undefined;
  afterEach(() => p?.stop());

  it("fails at the injected stage with the error, marks that stage failed, and retries to running", async () => {
    p = await startTestPlatform({
      MOLECULE_SAAS_DOMAIN: "moleculesai.test",
      MOLECULE_PROVISION_FAULT: "fail:health_check@acme",
    });
    const cookie = await signUp(p, "ada@example.com");
    await p.call("POST", "/cp/orgs", { slug: "acme", name: "Acme" }, { cookie });

    const failed = await waitSettled(p, "acme", cookie);
    expect(failed.status).toBe("failed");
    expect(failed.error).toContain("health-checking the agents");
    expect(failed.stage).toBe("health_check");
    expect(failed.stages.map((s: { state: string }) => s.state)).toEqual([
      "done",
      "done",
      "done",
      "done",
      "failed",
      "pending",
      "pending",
    ]);

    p.ctx.config.controlPlane.provisionFault = null;
    expect((await p.call("POST", "/cp/orgs/acme/provision", {}, { cookie })).status).toBe(202);
    expect((await waitSettled(p, "acme", cookie)).status).toBe("running");
    const team = await p.call("GET", "/workspaces", undefined, { cookie, "x-molecule-org-slug": "acme" });
    expect(team.body).toHaveLength(4); // the retry replaced the first attempt's team
  });

  it("stalls at the injected stage and keeps reporting it active", async () => {
    p = await startTestPlatform({
      MOLECULE_SAAS_DOMAIN: "moleculesai.test",
      MOLECULE_PROVISION_FAULT: "stall:booting",
    });
    const cookie = await signUp(p, "ada@example.com");
    await p.call("POST", "/cp/orgs", { slug: "acme", name: "Acme" }, { cookie });
    // Poll until a second has passed on the platform's clock; by then it must still report the stalled stage.
    await vi.waitFor(
      async () => {
        const status = await p!.call("GET", "/cp/orgs/acme/provision-status", undefined, { cookie });
        expect(status.body).toMatchObject({ status: "provisioning", stage: "booting" });
        expect(status.body.elapsed_s).toBeGreaterThanOrEqual(1);
      },
      { timeout: 10_000, interval: 200 },
    );
  });

  it("resumes a failed purge after the last completed step", async () => {
    p = await startTestPlatform({
      MOLECULE_SAAS_DOMAIN: "moleculesai.test",
      MOLECULE_PURGE_FAULT: "delete_tenant_data",
    });
    const cookie = await signUp(p, "ada@example.com");
    await p.call("POST", "/cp/orgs", { slug: "acme", name: "Acme" }, { cookie });
    await waitSettled(p, "acme", cookie);

    const first = await p.call("DELETE", "/cp/orgs/acme", { confirm: "acme" }, { cookie });
    expect(first.status).toBe(500);
    expect(first.body).toMatchObject({
      error: "purge cascade failed; retry the request to resume",
      purge_id: expect.any(String),
    });
    expect(first.body.steps.map((s: { state: string }) => s.state)).toEqual(["done", "failed", "pending"]);
    expect((await p.call("GET", "/cp/orgs", undefined, { cookie })).body.orgs[0].status).toBe("purging");

    const again = await p.call("DELETE", "/cp/orgs/acme", { confirm: "acme" }, { cookie });
    expect(again.status).toBe(200);
    expect(again.body.purge_id).toBe(first.body.purge_id);
    expect((await p.call("GET", "/cp/orgs/acme", undefined, { cookie })).status).toBe(404);
  });
});
