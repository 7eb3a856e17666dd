import http from "node:http";
import { randomUUID } from "node:crypto";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../config";
import { mintWorkspaceToken } from "../db/tokens";
import { startPlatform } from "../server";
import { ADMIN_AUTH, PRODUCTION, startTestPlatform, type TestPlatform } from "../test/harness";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A raw request with a Host of our choosing (fetch() overrides Host). */
const withHost = (url: string, headers: Record<string, string>) =>
  new Promise<number | undefined>((resolve, reject) =>
    http.get(url, { headers }, (res) => (res.resume(), resolve(res.statusCode))).on("error", reject),
  );

/** Resolves with the HTTP status that refused the upgrade, or 101 when the socket opened. */
const upgradeStatus = (url: string, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.once("open", () => (ws.close(), resolve(101)));
    ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.once("error", () => resolve(0));
  });

describe("production refuses to start without a way to authenticate callers", () => {
  const start = (env: Record<string, string>) =>
    startPlatform(readConfig({ MOLECULE_DATA_DIR: "/nonexistent/never-opened", PORT: "0", ...env }));

  it("names the variables to set when neither ADMIN_TOKEN nor a SaaS domain is given", async () => {
    const err = await start({ MOLECULE_ENV: "production" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/MOLECULE_SAAS_DOMAIN/);
    expect((err as Error).message).toMatch(/ADMIN_TOKEN/);
  });

  it("refuses an admin token short enough to guess", async () => {
    const err = await start({ MOLECULE_ENV: "production", ADMIN_TOKEN: "admin" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/at least 32/);
  });
});

describe("production with ADMIN_TOKEN", () => {
  let p: TestPlatform;
  let worker: string;
  let workerToken: string;
  let other: string;
  beforeAll(async () => {
    p = await startTestPlatform({ ...PRODUCTION });
    await p.call("PUT", "/settings/secrets", { key: "GLOBAL_KEY", value: "global-value" }, ADMIN_AUTH);
    worker = (await p.call("POST", "/workspaces", { name: "Worker" }, ADMIN_AUTH)).body.id;
    other = (await p.call("POST", "/workspaces", { name: "Other" }, ADMIN_AUTH)).body.id;
    await p.call("PUT", `/workspaces/${worker}/secrets`, { key: "OWN_KEY", value: "own-value" }, ADMIN_AUTH);
    workerToken = await mintWorkspaceToken(p.ctx.db.pg, worker);
  });
  afterAll(() => p.stop());

  it("refuses to register an id the org never created, and mints no token for it", async () => {
    const id = randomUUID();
    const reg = await p.call("POST", "/registry/register", {
      id,
      url: "https://example.com/",
      agent_card: { name: "x" },
    });
    expect(reg.status).not.toBe(200);
    expect(reg.body).not.toHaveProperty("auth_token");
    const values = await p.call("GET", `/workspaces/${id}/secrets/values`);
    expect(values.status).toBe(401);
    expect(JSON.stringify(values.body)).not.toContain("global-value");
    const rows = await p.ctx.db.pg.query("SELECT 1 FROM workspaces WHERE id = $1", [id]);
    expect(rows.rows).toHaveLength(0);
  });

  it("does not hand a first-register token to a created workspace that has none", async () => {
    const reg = await p.call("POST", "/registry/register", {
      id: other,
      url: "https://example.com/",
      agent_card: { name: "x" },
    });
    expect(reg.status).toBe(401);
    expect(reg.body).not.toHaveProperty("auth_token");
  });

  it("gives secret values to the workspace's own token only: not the admin token, not another agent", async () => {
    const own = await p.call("GET", `/workspaces/${worker}/secrets/values`, undefined, bearer(workerToken));
    expect(own).toMatchObject({ status: 200, body: { GLOBAL_KEY: "global-value", OWN_KEY: "own-value" } });
    const admin = await p.call("GET", `/workspaces/${worker}/secrets/values`, undefined, ADMIN_AUTH);
    expect(admin.status).toBe(401);
    expect(JSON.stringify(admin.body)).not.toContain("value");
    const otherToken = await mintWorkspaceToken(p.ctx.db.pg, other);
    const foreign = await p.call(
      "GET",
      `/workspaces/${worker}/secrets/values`,
      undefined,
      bearer(otherToken),
    );
    expect(foreign.status).toBe(401);
  });

  it("has no open door before any token exists and never takes a workspace token as admin", async () => {
    for (const [method, route, body] of [
      ["GET", "/workspaces", undefined],
      ["GET", "/settings/secrets", undefined],
      ["PUT", "/settings/secrets", { key: "TAKEOVER", value: "x" }],
      ["POST", "/workspaces", { name: "Takeover" }],
    ] as const) {
      expect((await p.call(method, route, body)).status, `${method} ${route} anonymous`).toBe(401);
      const asAgent = await p.call(method, route, body, bearer(workerToken));
      expect(asAgent, `${method} ${route} with a workspace token`).toMatchObject({
        status: 401,
        body: { error: "invalid admin auth token" },
      });
    }
    expect((await p.call("GET", "/workspaces", undefined, ADMIN_AUTH)).status).toBe(200);
  });

  it("opens a canvas socket only with a credential", async () => {
    const url = `${p.url.replace("http", "ws")}/ws`;
    expect(await upgradeStatus(url)).toBe(401);
    expect(await upgradeStatus(url, bearer("not-the-admin-token"))).toBe(401);
    expect(await upgradeStatus(url, bearer(workerToken))).toBe(401);
    // An agent socket names itself and shows its own token.
    expect(await upgradeStatus(url, { "x-workspace-id": worker })).toBe(401);
    expect(await upgradeStatus(url, { "x-workspace-id": worker, ...bearer(workerToken) })).toBe(101);
    const socket = await p.socket(ADMIN_AUTH);
    await p.call("PATCH", `/workspaces/${worker}`, { role: "seen live" }, ADMIN_AUTH);
    await socket.waitFor((f) => f.event === "WORKSPACE_UPDATED" && f.workspace_id === worker);
    socket.close();
  });

  it("answers a canvas A2A call only with a credential, and an agent caller only with its token", async () => {
    const body = { method: "message/send", params: { message: { role: "user", parts: [] } } };
    const anon = await p.call("POST", `/workspaces/${worker}/a2a`, body);
    expect(anon).toMatchObject({ status: 401, body: { error: "admin auth required" } });
    const spoofed = await p.call("POST", `/workspaces/${worker}/a2a`, body, { "x-workspace-id": other });
    expect(spoofed).toMatchObject({ status: 401, body: { error: "missing caller auth token" } });
    const wrong = await p.call("POST", `/workspaces/${worker}/a2a`, body, {
      "x-workspace-id": other,
      ...bearer(workerToken),
    });
    expect(wrong).toMatchObject({ status: 401, body: { error: "invalid caller auth token" } });
    // With the credential the call gets past auth (the worker has no agent URL yet).
    const admin = await p.call("POST", `/workspaces/${worker}/a2a`, body, ADMIN_AUTH);
    expect(admin).toMatchObject({ status: 503, body: { error: "workspace has no URL" } });
  });

  it("refuses a Host that is not ours (DNS rebinding), even with a matching Origin", async () => {
    const port = new URL(p.url).port;
    const rebound = `rebind.attacker.example:${port}`;
    expect(await withHost(`${p.url}/health`, { host: rebound, origin: `http://${rebound}` })).toBe(421);
    expect(await withHost(`${p.url}/workspaces`, { host: rebound, ...ADMIN_AUTH })).toBe(421);
    expect(await withHost(`${p.url}/health`, { host: `localhost:${port}` })).toBe(200);
    expect(await withHost(`${p.url}/health`, { host: `127.0.0.1:${port}` })).toBe(200);
  });
});
