import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";
import type { LocalProvisioner } from "./local-provisioner";
import { isAlive } from "../test/processes";

const AGENT_ENV = {
  MOLECULE_PROVISIONER: "local",
  MOLECULE_HEARTBEAT_MS: "300",
  MOLECULE_AGENT_WORK_MS: "150",
  MOLECULE_QUEUE_DRAIN_MS: "200",
  MOLECULE_LIVENESS_SWEEP_MS: "500",
};

describe("real local agents", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  const provisioner = () => p.ctx.provisioner as LocalProvisioner;

  beforeAll(async () => {
    p = await startTestPlatform(AGENT_ENV);
    await provisioner().ready();
    ws = await p.socket();
  });
  afterAll(async () => {
    ws?.close();
    const pids = provisioner().pids();
    await p.stop();
    expect(pids.filter(isAlive)).toEqual([]);
  });

  const create = async (body: Record<string, unknown>) => {
    const res = await p.call("POST", "/workspaces", body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const online = (id: string, timeoutMs = 5000) =>
    ws.waitFor((f) => f.event === "WORKSPACE_ONLINE" && f.workspace_id === id, timeoutMs);

  // How long this takes is a benchmark figure (bench/), not an assertion: timings here are noisy.
  it("provisions a workspace through observable steps to online", async () => {
    const id = await create({ name: "Ada", role: "Backend engineer" });
    const frame = await online(id, 15_000);
    expect(frame.payload).toMatchObject({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      agent_card: { name: "Ada" },
    });
    const events = ws.frames.filter((f) => f.workspace_id === id).map((f) => f.event);
    expect(events.indexOf("WORKSPACE_PROVISIONING")).toBeLessThan(events.indexOf("WORKSPACE_ONLINE"));
    const steps = ws.frames.filter(
      (f) => f.workspace_id === id && f.event === "WORKSPACE_PROVISION_PROGRESS",
    );
    expect(steps.map((f) => f.payload.step)).toEqual(
      expect.arrayContaining(["allocate_port", "start_process", "agent_card", "register"]),
    );
    const row = await p.call("GET", `/workspaces/${id}`);
    expect(row.body).toMatchObject({ status: "online", agent_card: { name: "Ada" } });
    expect(provisioner().isRunning(id)).toBe(true);
  });

  it("round-trips a canvas chat message with an activity row and A2A_RESPONSE before the reply", async () => {
    const id = await create({ name: "Grace", role: "QA engineer" });
    await online(id);
    const res = await p.call("POST", `/workspaces/${id}/a2a`, {
      method: "message/send",
      params: { message: { role: "user", parts: [{ kind: "text", text: "Check the login flow" }] } },
    });
    expect(res.status).toBe(200);
    expect(res.body.result.parts[0].text).toContain("Check the login flow");
    const response = await ws.waitFor((f) => f.event === "A2A_RESPONSE" && f.workspace_id === id);
    expect(response.payload).toMatchObject({ method: "message/send", response_body: res.body });
    const logged = await ws.waitFor(
      (f) =>
        f.event === "ACTIVITY_LOGGED" && f.workspace_id === id && f.payload.activity_type === "a2a_receive",
    );
    expect(logged.payload).toMatchObject({ source_id: null, target_id: id, status: "ok" });
    const activity = await p.call("GET", `/workspaces/${id}/activity?type=a2a_receive`);
    expect(activity.body[0]).toMatchObject({
      method: "message/send",
      status: "ok",
      source_id: null,
      request_body: { jsonrpc: "2.0" },
    });
  });

  it("lets a team lead split a task across its children through delegations", async () => {
    const lead = await create({ name: "Lead", role: "Engineering lead" });
    const a = await create({ name: "Frontend", role: "Frontend engineer", parent_id: lead });
    const b = await create({ name: "Researcher", role: "Research analyst", parent_id: lead });
    await Promise.all([online(lead), online(a), online(b)]);
    const res = await p.call("POST", `/workspaces/${lead}/a2a`, {
      method: "message/send",
      params: { message: { role: "user", parts: [{ kind: "text", text: "Ship the pricing page" }] } },
    });
    expect(res.status).toBe(200);
    const text: string = res.body.result.parts[0].text;
    expect(text).toContain("2/2 parts done");
    expect(text).toContain("Frontend:");
    const sent = ws.frames.filter((f) => f.event === "DELEGATION_SENT" && f.workspace_id === lead);
    expect(sent.map((f) => f.payload.target_id).sort()).toEqual([a, b].sort());
    const done = ws.frames.filter((f) => f.event === "DELEGATION_COMPLETE" && f.workspace_id === lead);
    expect(done).toHaveLength(2);
    const rows = await p.call("GET", `/workspaces/${lead}/activity?type=delegation`);
    const delegates = rows.body.filter((r: { method: string }) => r.method === "delegate");
    expect(delegates).toHaveLength(2);
    expect(
      delegates.every(
        (r: { status: string; source_id: string }) => r.status === "completed" && r.source_id === lead,
      ),
    ).toBe(true);
    expect(rows.body.filter((r: { method: string }) => r.method === "delegate_result")).toHaveLength(2);
  });

  it("detects a killed agent, marks it offline and restarts it", async () => {
    const id = await create({ name: "Crashy", role: "Ops" });
    await online(id);
    const pid = provisioner().pidOf(id)!;
    const mark = ws.frames.length;
    const next = (event: string) =>
      ws.waitFor((f) => ws.frames.indexOf(f) >= mark && f.event === event && f.workspace_id === id);
    process.kill(pid, "SIGKILL");
    await next("WORKSPACE_OFFLINE");
    await next("WORKSPACE_PROVISIONING");
    await next("WORKSPACE_ONLINE");
    expect(isAlive(pid)).toBe(false);
    expect(provisioner().pidOf(id)).not.toBe(pid);
  });

  it("stops the agent when its workspace is deleted", async () => {
    const id = await create({ name: "Temp", role: "Writer" });
    await online(id);
    const pid = provisioner().pidOf(id)!;
    const res = await p.call("DELETE", `/workspaces/${id}`);
    expect(res.status).toBe(200);
    await expect.poll(() => isAlive(pid), { timeout: 5000 }).toBe(false);
    expect(provisioner().isRunning(id)).toBe(false);
  });
});
