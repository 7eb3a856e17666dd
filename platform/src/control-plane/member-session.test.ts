import { randomUUID } from "node:crypto";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../test/harness";
import { signUp, waitSettled } from "./test-accounts";

const SAAS = { MOLECULE_SAAS_DOMAIN: "moleculesai.test" };

/** Frames a socket receives, or the status that refused its upgrade. */
function openSocket(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; ws?: WebSocket; frames: string[] }>((resolve) => {
    const frames: string[] = [];
    const ws = new WebSocket(url, { headers });
    ws.on("message", (d) => frames.push(String(d)));
    ws.once("open", () => resolve({ status: 101, ws, frames }));
    ws.once("unexpected-response", (_req, res) => resolve({ status: res.statusCode ?? 0, frames }));
  });
}

for (const mode of ["production", "development"] as const) {
  describe(`a member's session on their own tenant (SaaS, ${mode})`, () => {
    let p: TestPlatform;
    let ada: string;
    let workspace: string;
    const asAda = () => ({ cookie: ada, "x-molecule-org-slug": "acme" });
    beforeAll(async () => {
      p = await startTestPlatform({ ...SAAS, MOLECULE_ENV: mode });
      ada = await signUp(p, "ada@example.com");
      await p.call("POST", "/cp/orgs", { slug: "acme", name: "Acme" }, { cookie: ada });
      await waitSettled(p, "acme", ada);
      workspace = (await p.call("GET", "/workspaces", undefined, asAda())).body[0].id;
    });
    afterAll(() => p.stop());

    it("passes the workspace tier: activity, drag, approvals", async () => {
      const activity = await p.call("GET", `/workspaces/${workspace}/activity`, undefined, asAda());
      expect(activity.status).toBe(200);
      const moved = await p.call("PATCH", `/workspaces/${workspace}`, { x: 321, y: 123 }, asAda());
      expect(moved.status).toBe(200);
      const asked = await p.call("POST", `/workspaces/${workspace}/approvals`, { action: "deploy" }, asAda());
      expect(asked.status).toBe(201);
      const decided = await p.call(
        "POST",
        `/workspaces/${workspace}/approvals/${asked.body.approval_id}/decide`,
        { decision: "approved" },
        asAda(),
      );
      expect(decided).toMatchObject({ status: 200, body: { status: "approved" } });
    });

    it("passes the workspace tier for lifecycle actions", async () => {
      const paused = await p.call("POST", `/workspaces/${workspace}/pause`, {}, asAda());
      expect(paused.status).toBe(200);
      // No provisioner runs in tests: restart gets past auth to the contract's 503.
      const restarted = await p.call("POST", `/workspaces/${workspace}/restart`, {}, asAda());
      expect(restarted).toMatchObject({ status: 503, body: { error: "provisioner not available" } });
    });

    it("is refused on the workspace tier of an org it is not a member of", async () => {
      const mallory = await signUp(p, `mallory-${randomUUID()}@example.com`);
      const res = await p.call("GET", `/workspaces/${workspace}/activity`, undefined, {
        cookie: mallory,
        "x-molecule-org-slug": "acme",
      });
      expect(res.status).toBe(404);
      const anon = await p.call("GET", `/workspaces/${workspace}/activity`, undefined, {
        "x-molecule-org-slug": "acme",
      });
      expect(anon.status).toBe(401);
    });

    it("opens the tenant's socket with the session cookie, and not without it", async () => {
      const url = `${p.url.replace("http", "ws")}/ws`;
      const origin = "http://acme.moleculesai.test:3000";
      expect((await openSocket(url, { origin })).status).toBe(401);
      const open = await openSocket(url, { origin, cookie: ada });
      expect(open.status).toBe(101);
      await p.call("PATCH", `/workspaces/${workspace}`, { role: "seen live" }, asAda());
      await expect.poll(() => open.frames.join("")).toContain("seen live");
      open.ws?.close();
    });

    it("calls the tenant's agents through the A2A proxy with the session", async () => {
      const body = { method: "message/send", params: { message: { role: "user", parts: [] } } };
      const anon = await p.call("POST", `/workspaces/${workspace}/a2a`, body, {
        "x-molecule-org-slug": "acme",
      });
      expect(anon.status).toBe(401);
      const res = await p.call("POST", `/workspaces/${workspace}/a2a`, body, asAda());
      expect(res.status).not.toBe(401);
    });
  });
}
