import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";
import { recordingProvisioner } from "../test/recording-provisioner";

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

describe("viewport, budget and secrets", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let id: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    ws = await p.socket();
    id = (await p.call("POST", "/workspaces", { name: "Money", budget_limit: 5000 })).body.id;
  });
  afterAll(async () => {
    ws.close();
    await p.stop();
  });

  it("returns the default viewport, saves one, and rejects bad data without writing", async () => {
    expect((await p.call("GET", "/canvas/viewport")).body).toEqual({ x: 0, y: 0, zoom: 1 });
    expect((await p.call("PUT", "/canvas/viewport", { x: 10, y: -5, zoom: 1.5 })).body).toEqual({
      status: "saved",
    });
    for (const bad of [{ x: 1 }, { x: "a", y: 0, zoom: 1 }, { x: 0, y: 0, zoom: 0 }, "{oops"]) {
      const res = await p.call("PUT", "/canvas/viewport", bad);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/invalid (viewport data|request body)/);
    }
    expect((await p.call("GET", "/canvas/viewport")).body).toEqual({ x: 10, y: -5, zoom: 1.5 });
  });

  it("reads and patches the budget, announcing WORKSPACE_UPDATED", async () => {
    expect((await p.call("GET", `/workspaces/${id}/budget`)).body).toEqual({
      budget_limit: 5000,
      monthly_spend: 0,
      budget_remaining: 5000,
    });
    await p.ctx.db.pg.query("UPDATE workspaces SET monthly_spend = 1234 WHERE id = $1", [id]);
    const res = await p.call("PATCH", `/workspaces/${id}/budget`, { budget_limit: 2000 });
    expect(res.body).toEqual({ budget_limit: 2000, monthly_spend: 1234, budget_remaining: 766 });
    const ev = await ws.waitFor((f) => f.event === "WORKSPACE_UPDATED" && f.workspace_id === id);
    expect(ev.payload).toMatchObject({ id, budget_limit: 2000, budget_used: 1234 });
    const cleared = await p.call("PATCH", `/workspaces/${id}/budget`, { budget_limit: null });
    expect(cleared.body).toEqual({ budget_limit: null, monthly_spend: 1234, budget_remaining: null });
  });

  it.each([
    [{}, "budget_limit field is required"],
    [{ budget_limit: -1 }, "budget_limit must be >= 0 (USD cents)"],
    [{ budget_limit: 1.5 }, "budget_limit must be an integer (USD cents) or null"],
  ])("rejects budget %j", async (body, message) => {
    const res = await p.call("PATCH", `/workspaces/${id}/budget`, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(message);
  });

  it("answers 404 for the budget of an unknown workspace and 400 for a bad id", async () => {
    expect((await p.call("GET", `/workspaces/${UNKNOWN}/budget`)).status).toBe(404);
    expect((await p.call("PATCH", `/workspaces/${UNKNOWN}/budget`, { budget_limit: 1 })).status).toBe(404);
    expect((await p.call("GET", "/workspaces/abc/budget")).status).toBe(400);
  });

  it("stores global and workspace secrets encrypted and never lists values", async () => {
    expect(
      (await p.call("PUT", "/settings/secrets", { key: "OPENAI_API_KEY", value: "sk-global" })).body,
    ).toEqual({
      status: "saved",
      key: "OPENAI_API_KEY",
      scope: "global",
    });
    await p.call("POST", "/admin/secrets", { key: "SHARED", value: "global-shared" });
    expect((await p.call("PUT", `/workspaces/${id}/secrets`, { key: "SHARED", value: "mine" })).body).toEqual(
      {
        status: "saved",
        key: "SHARED",
      },
    );
    const global = await p.call("GET", "/settings/secrets");
    expect(global.body.map((s: { key: string }) => s.key)).toEqual(["OPENAI_API_KEY", "SHARED"]);
    expect(JSON.stringify(global.body)).not.toContain("sk-global");
    const mine = await p.call("GET", `/workspaces/${id}/secrets`);
    expect(mine.body.map((s: { key: string; scope: string }) => [s.key, s.scope])).toEqual([
      ["SHARED", "workspace"],
      ["OPENAI_API_KEY", "global"],
    ]);
    expect(JSON.stringify(mine.body)).not.toContain("mine");
    const stored = await p.ctx.db.pg.query<{ ciphertext: string }>("SELECT ciphertext FROM secrets");
    expect(
      stored.rows.every((r) => r.ciphertext.startsWith("v1:") && !r.ciphertext.includes("sk-global")),
    ).toBe(true);
    expect((await p.call("GET", `/workspaces/${id}/secrets/values`)).body).toEqual({
      OPENAI_API_KEY: "sk-global",
      SHARED: "mine",
    });
    const keyFile = await fs.stat(path.join(p.dataDir, "secret.key"));
    expect(keyFile.mode & 0o777).toBe(0o600);
  });

  it("deletes secrets and answers 404 for missing ones", async () => {
    expect((await p.call("DELETE", `/workspaces/${id}/secrets/SHARED`)).body).toEqual({
      status: "deleted",
      key: "SHARED",
    });
    expect((await p.call("DELETE", `/workspaces/${id}/secrets/SHARED`)).body).toEqual({
      error: "secret not found",
      code: "secret_not_found",
    });
    expect((await p.call("DELETE", "/settings/secrets/NOPE")).status).toBe(404);
    expect((await p.call("DELETE", "/admin/secrets/SHARED")).body).toEqual({
      status: "deleted",
      key: "SHARED",
      scope: "global",
    });
  });

  it("rejects bad secret bodies and ids", async () => {
    expect((await p.call("PUT", "/settings/secrets", { key: "bad key", value: "x" })).status).toBe(400);
    expect((await p.call("PUT", "/settings/secrets", { key: "K", value: "" })).status).toBe(400);
    expect(
      (await p.call("PUT", `/workspaces/${id.toUpperCase()}/secrets`, { key: "K", value: "v" })).body,
    ).toEqual({
      error: "invalid workspace ID",
      code: "invalid_workspace_id",
    });
    expect((await p.call("GET", `/workspaces/${UNKNOWN}/secrets`)).status).toBe(404);
  });

  it("restarts the workspace in the background after a secret change when a provisioner runs", async () => {
    const original = p.ctx.provisioner;
    const prov = recordingProvisioner();
    p.ctx.provisioner = prov;
    try {
      const seen = ws.frames.length;
      await p.call("PUT", `/workspaces/${id}/secrets`, { key: "TOKEN", value: "t" });
      await ws.waitFor(
        (f) => ws.frames.indexOf(f) >= seen && f.event === "WORKSPACE_PROVISIONING" && f.workspace_id === id,
      );
      expect(prov.stopped).toContain(id);
    } finally {
      p.ctx.provisioner = original;
    }
  });
});
