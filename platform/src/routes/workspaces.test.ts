import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workspaceListSchema } from "@/lib/contract";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

describe("workspaces CRUD", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  beforeAll(async () => {
    p = await startTestPlatform();
    ws = await p.socket();
  });
  afterAll(async () => {
    ws.close();
    await p.stop();
  });

  const create = async (body: Record<string, unknown>) => {
    const res = await p.call("POST", "/workspaces", body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const count = async () =>
    (await p.ctx.db.pg.query("SELECT count(*)::int AS n FROM workspaces")).rows[0] as { n: number };

  it("creates a container workspace: 201 provisioning, PROVISIONING event, stays provisioning with provisioner=none", async () => {
    const res = await p.call("POST", "/workspaces", {
      name: "Planner",
      role: "plans",
      canvas: { x: 40, y: 80 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      status: "provisioning",
      awareness_namespace: `workspace:${res.body.id}`,
      workspace_access: "none",
    });
    const ev = await ws.waitFor(
      (f) => f.workspace_id === res.body.id && f.event === "WORKSPACE_PROVISIONING",
    );
    expect(ev.payload).toEqual({ name: "Planner", tier: 3, runtime: "langgraph" });
    const one = await p.call("GET", `/workspaces/${res.body.id}`);
    expect(one.body).toMatchObject({
      status: "provisioning",
      x: 40,
      y: 80,
      role: "plans",
      last_outbound_at: null,
    });
    expect(one.body).not.toHaveProperty("budget_limit");
    expect(one.body).not.toHaveProperty("current_task");
  });

  it("lists rows in contract shape, oldest first, with the budget_used and updated_at extensions", async () => {
    const second = await create({ name: "Second", budget_limit: 500 });
    const res = await p.call("GET", "/workspaces");
    expect(res.status).toBe(200);
    expect(workspaceListSchema.safeParse(res.body).success).toBe(true);
    const ids = res.body.map((r: { id: string }) => r.id);
    expect(ids.at(-1)).toBe(second);
    const row = res.body.at(-1);
    expect(row).toMatchObject({
      budget_limit: 500,
      monthly_spend: 0,
      budget_used: 0,
      url: "",
      parent_id: null,
    });
    expect(row).not.toHaveProperty("created_at");
    expect(typeof row.updated_at).toBe("string");
  });

  it("creates an external workspace with a URL online at once", async () => {
    const res = await p.call("POST", "/workspaces", {
      name: "Ext",
      external: true,
      url: "http://localhost:9999",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), external: true, status: "online" });
    // Its token, shown once: outside dev mode an agent registers only with it.
    expect(res.body.connection.auth_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const events = ws.frames.filter((f) => f.workspace_id === res.body.id).map((f) => f.event);
    await ws.waitFor((f) => f.workspace_id === res.body.id && f.event === "WORKSPACE_ONLINE");
    expect(ws.frames.filter((f) => f.workspace_id === res.body.id).map((f) => f.event)).toEqual([
      "WORKSPACE_PROVISIONING",
      "WORKSPACE_ONLINE",
    ]);
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(
      ws.frames.find((f) => f.workspace_id === res.body.id && f.event === "WORKSPACE_ONLINE")?.payload,
    ).toEqual({
      name: "Ext",
      external: true,
    });
  });

  it("creates an external workspace without a URL awaiting its agent, with a one-time token", async () => {
    const res = await p.call("POST", "/workspaces", { name: "Remote", runtime: "external" });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("awaiting_agent");
    expect(res.body.connection.auth_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.connection.registry_endpoint).toBe(`${p.url}/registry/register`);
    await ws.waitFor((f) => f.workspace_id === res.body.id && f.event === "WORKSPACE_AWAITING_AGENT");
    const stored = await p.ctx.db.pg.query(
      "SELECT token_hash FROM workspace_tokens WHERE workspace_id = $1",
      [res.body.id],
    );
    expect(JSON.stringify(stored.rows)).not.toContain(res.body.connection.auth_token);
  });

  it.each([
    ["malformed JSON", "{nope", "invalid request body"],
    ["missing name", {}, "invalid workspace payload"],
    ["wrong type", { name: 5 }, "invalid workspace payload"],
    ["float budget", { name: "A", budget_limit: 12.5 }, "invalid workspace payload"],
    ["bad charset", { name: "a|b" }, "invalid workspace fields"],
    ["long name", { name: "x".repeat(256) }, "invalid workspace fields"],
    ["template escape", { name: "A", template: "../etc" }, "invalid template"],
    ["system dir", { name: "A", workspace_dir: "/etc/app" }, "invalid workspace directory"],
    ["unknown parent", { name: "A", parent_id: UNKNOWN }, "parent workspace not found"],
    ["bad secret key", { name: "A", secrets: { "bad key": "v" } }, "invalid workspace fields"],
  ])("rejects create with %s and writes nothing", async (_label, body, message) => {
    const before = await count();
    const res = await p.call("POST", "/workspaces", body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(message);
    expect(await count()).toEqual(before);
  });

  it("fills runtime and model from a template", async () => {
    const id = await create({ name: "From template", template: "researcher" });
    const one = await p.call("GET", `/workspaces/${id}`);
    expect(one.body.runtime).toBe("worker");
  });

  it("answers 400 for a non-UUID id and 404 for an unknown one", async () => {
    expect((await p.call("GET", "/workspaces/nope")).body).toEqual({
      error: "invalid workspace ID",
      code: "invalid_workspace_id",
    });
    const res = await p.call("GET", `/workspaces/${UNKNOWN}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: "workspace not found", code: "workspace_not_found" });
    expect((await p.call("PATCH", `/workspaces/${UNKNOWN}`, { name: "x" })).status).toBe(404);
    expect((await p.call("PATCH", "/workspaces/nope", { name: "x" })).status).toBe(400);
  });

  it("patches fields and layout, answers updated, and announces WORKSPACE_UPDATED with the full row", async () => {
    const parent = await create({ name: "Parent" });
    const id = await create({ name: "Child" });
    const res = await p.call("PATCH", `/workspaces/${id}`, {
      name: "Renamed",
      parent_id: parent,
      x: 10,
      y: 20,
      collapsed: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "updated" });
    const ev = await ws.waitFor((f) => f.workspace_id === id && f.event === "WORKSPACE_UPDATED");
    expect(ev.payload).toMatchObject({
      id,
      name: "Renamed",
      parent_id: parent,
      x: 10,
      y: 20,
      collapsed: true,
    });
    const dir = await p.call("PATCH", `/workspaces/${id}`, { workspace_dir: "/home/me/work" });
    expect(dir.body).toEqual({ status: "updated", needs_restart: true });
    expect((await p.call("PATCH", `/workspaces/${id}`, { role: "" })).status).toBe(200);
    expect((await p.call("GET", `/workspaces/${id}`)).body.role).toBeNull();
  });

  it.each([
    [{ name: "a\nb" }, "name must not contain newline characters"],
    [{ name: "a*b" }, "name contains invalid characters"],
    [{ name: "x".repeat(256) }, "name must be at most 255 characters"],
    [{ x: 5 }, "x and y must be sent together"],
    [{ tier: "high" }, "invalid request body"],
    [{ workspace_dir: "/proc/1" }, "invalid workspace directory"],
    [{ parent_id: UNKNOWN }, "parent workspace not found"],
  ])("rejects PATCH %j with a specific message and changes nothing", async (body, message) => {
    const id = await create({ name: "Stable" });
    const res = await p.call("PATCH", `/workspaces/${id}`, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(message);
    const row = (await p.call("GET", `/workspaces/${id}`)).body;
    expect(row).toMatchObject({ name: "Stable", x: 0, y: 0, parent_id: null });
  });

  it("refuses a PATCH that would make a parent cycle", async () => {
    const a = await create({ name: "A" });
    const b = await create({ name: "B", parent_id: a });
    const res = await p.call("PATCH", `/workspaces/${a}`, { parent_id: b });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("parent_id would create a cycle");
  });

  it("asks for confirmation before a cascade delete, then removes descendants first", async () => {
    const root = await create({ name: "Root" });
    const mid = await create({ name: "Mid", parent_id: root });
    const leaf = await create({ name: "Leaf", parent_id: mid });
    const res = await p.call("DELETE", `/workspaces/${root}`);
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      error: "confirmation required",
      code: "confirmation_required",
      status: "confirmation_required",
      message: expect.any(String),
      children: [{ id: mid, name: "Mid" }],
      children_count: 1,
    });
    expect((await p.call("GET", `/workspaces/${root}`)).body.status).toBe("provisioning");

    const ok = await p.call("DELETE", `/workspaces/${root}?confirm=true`);
    expect(ok.body).toEqual({ status: "removed", cascade_deleted: 2 });
    await ws.waitFor((f) => f.workspace_id === root && f.event === "WORKSPACE_REMOVED");
    const removed = ws.frames.filter(
      (f) => f.event === "WORKSPACE_REMOVED" && [root, mid, leaf].includes(f.workspace_id),
    );
    expect(removed.map((f) => [f.workspace_id, f.payload])).toEqual([
      [mid, {}],
      [leaf, {}],
      [root, { cascade_deleted: 2 }],
    ]);
    const list = (await p.call("GET", "/workspaces")).body.map((r: { id: string }) => r.id);
    expect(list).not.toContain(leaf);
    expect((await p.call("GET", `/workspaces/${leaf}`)).body.status).toBe("removed");
    const layouts = await p.ctx.db.pg.query(
      "SELECT 1 FROM canvas_layouts WHERE workspace_id = ANY($1::uuid[])",
      [[root, mid, leaf]],
    );
    expect(layouts.rows).toHaveLength(0);
  });

  it("answers 404 for an unknown id (upstream: removed with 0) and hard-deletes with purge", async () => {
    expect(await p.call("DELETE", `/workspaces/${UNKNOWN}?confirm=true`)).toMatchObject({
      status: 404,
      body: { error: "workspace not found" },
    });
    const id = await create({ name: "Gone" });
    expect((await p.call("DELETE", `/workspaces/${id}?purge=true`)).body).toEqual({
      status: "purged",
      cascade_deleted: 0,
    });
    expect((await p.call("GET", `/workspaces/${id}`)).status).toBe(404);
    expect((await p.call("DELETE", `/workspaces/${id}`)).status).toBe(404);
    expect((await p.call("DELETE", "/workspaces/not-a-uuid")).status).toBe(400);
    // A retry after a failed stop is safe: the org's own removed row answers removed again.
    const twice = await create({ name: "Twice" });
    for (let i = 0; i < 2; i += 1) {
      expect((await p.call("DELETE", `/workspaces/${twice}`)).body).toEqual({
        status: "removed",
        cascade_deleted: 0,
      });
    }
  });
});
