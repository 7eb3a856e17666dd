import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { mintWorkspaceToken } from "../db/tokens";
import { startTestPlatform, type TestPlatform } from "../test/harness";

type Frame = { event: string; workspace_id: string; payload: Record<string, unknown> };

/** Opens a socket with headers; resolves with the collected frames, or rejects with the HTTP status. */
function open(url: string, headers: Record<string, string>) {
  const ws = new WebSocket(url, { headers });
  const frames: Frame[] = [];
  ws.on("message", (d) => frames.push(JSON.parse(String(d))));
  return new Promise<{ ws: WebSocket; frames: Frame[] }>((resolve, reject) => {
    ws.once("open", () => resolve({ ws, frames }));
    ws.once("unexpected-response", (_req, res) => {
      let body = "";
      res.on("data", (c) => (body += String(c)));
      res.on("end", () => reject(new Error(`status ${res.statusCode} ${body}`)));
    });
    ws.once("error", reject);
  });
}

describe("/ws fan-out", () => {
  let p: TestPlatform;
  let wsUrl: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    p = await startTestPlatform({ CORS_ORIGINS: "http://localhost:3000" });
    wsUrl = p.url.replace("http", "ws") + "/ws";
    // lead ─┬─ a ── a1
    //       └─ b
    // other (a second root)
    ids.lead = (await p.call("POST", "/workspaces", { name: "Lead" })).body.id;
    ids.a = (await p.call("POST", "/workspaces", { name: "A", parent_id: ids.lead })).body.id;
    ids.b = (await p.call("POST", "/workspaces", { name: "B", parent_id: ids.lead })).body.id;
    ids.a1 = (await p.call("POST", "/workspaces", { name: "A1", parent_id: ids.a })).body.id;
  });
  afterAll(() => p.stop());

  it("sends an agent socket only events of workspaces it may talk to, in order", async () => {
    const canvas = await p.socket();
    const agent = await open(wsUrl, { "X-Workspace-ID": ids.a1! });
    for (const key of ["b", "a", "lead", "a1"])
      await p.call("PATCH", `/workspaces/${ids[key]}`, { role: `r-${key}` });
    await canvas.waitFor((f) => f.event === "WORKSPACE_UPDATED" && f.workspace_id === ids.a1);
    // a1 may hear its parent a, its ancestor lead and itself, never its uncle b.
    await expect.poll(() => agent.frames.length).toBe(3);
    expect(agent.frames.map((f) => f.workspace_id)).toEqual([ids.a, ids.lead, ids.a1]);
    expect(canvas.frames.filter((f) => f.event === "WORKSPACE_UPDATED")).toHaveLength(4);
    agent.ws.close();
    canvas.close();
  });

  it("needs the workspace's own bearer once it has live tokens", async () => {
    const token = await mintWorkspaceToken(p.ctx.db.pg, ids.b!);
    await expect(open(wsUrl, { "X-Workspace-ID": ids.b! })).rejects.toThrow(
      'status 401 {"error":"missing workspace auth token","code":"unauthenticated"}',
    );
    await expect(open(wsUrl, { "X-Workspace-ID": ids.b!, Authorization: "Bearer nope" })).rejects.toThrow(
      'status 401 {"error":"invalid workspace auth token","code":"invalid_token"}',
    );
    const ok = await open(wsUrl, { "X-Workspace-ID": ids.b!, Authorization: `Bearer ${token}` });
    ok.ws.close();
  });

  it("refuses a disallowed Origin with 403 and accepts allowed and same-host ones", async () => {
    await expect(open(wsUrl, { Origin: "http://evil.example" })).rejects.toThrow("status 403");
    (await open(wsUrl, { Origin: "http://localhost:3000" })).ws.close();
    (await open(wsUrl, { Origin: p.url })).ws.close();
  });

  it("discards client frames and keeps the socket serving", async () => {
    const canvas = await p.socket();
    const raw = await open(wsUrl, {});
    raw.ws.send("not json at all");
    raw.ws.send(JSON.stringify({ event: "WORKSPACE_REMOVED", workspace_id: ids.a }));
    await p.call("PATCH", `/workspaces/${ids.a}`, { role: "still here" });
    await expect.poll(() => raw.frames.some((f) => f.event === "WORKSPACE_UPDATED")).toBe(true);
    expect(raw.frames.some((f) => f.event === "WORKSPACE_REMOVED")).toBe(false);
    expect((await p.call("GET", `/workspaces/${ids.a}`)).body.status).toBe("provisioning");
    raw.ws.close();
    canvas.close();
  });
});
