import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingApprovalListSchema } from "@/lib/contract";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

describe("approvals", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let lead: string;
  let worker: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    ws = await p.socket();
    lead = (await p.call("POST", "/workspaces", { name: "Lead" })).body.id;
    worker = (await p.call("POST", "/workspaces", { name: "Worker", parent_id: lead })).body.id;
  });
  afterAll(async () => {
    ws.close();
    await p.stop();
  });

  it("creates an approval, announces it and escalates it to the parent", async () => {
    const res = await p.call("POST", `/workspaces/${worker}/approvals`, {
      action: "deploy",
      reason: "ship it",
      task_id: "t1",
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ approval_id: expect.any(String), status: "pending" });
    const asked = await ws.waitFor((f) => f.event === "APPROVAL_REQUESTED");
    expect(asked).toMatchObject({
      workspace_id: worker,
      payload: { approval_id: res.body.approval_id, action: "deploy", reason: "ship it", task_id: "t1" },
    });
    const up = await ws.waitFor((f) => f.event === "APPROVAL_ESCALATED");
    expect(up).toMatchObject({
      workspace_id: lead,
      payload: { approval_id: res.body.approval_id, from_workspace_id: worker },
    });
    expect(ws.frames.indexOf(asked)).toBeLessThan(ws.frames.indexOf(up));
  });

  it("lists pending approvals and auto-expires those older than 10 minutes", async () => {
    const old = (await p.call("POST", `/workspaces/${worker}/approvals`, { action: "old" })).body.approval_id;
    await p.ctx.db.pg.query("UPDATE approvals SET created_at = now() - interval '11 minutes' WHERE id = $1", [
      old,
    ]);
    const res = await p.call("GET", "/approvals/pending");
    expect(pendingApprovalListSchema.safeParse(res.body).success).toBe(true);
    expect(res.body.map((a: { action: string }) => a.action)).toEqual(["deploy"]);
    expect(res.body[0].workspace_name).toBe("Worker");
    const mine = await p.call("GET", `/workspaces/${worker}/approvals`);
    expect(mine.body.find((a: { id: string }) => a.id === old)).toMatchObject({
      status: "denied",
      decided_by: "auto-expired",
    });
  });

  it("decides once, announces the decision, and refuses a second decision", async () => {
    const id = (await p.call("GET", "/approvals/pending")).body[0].id;
    const bad = await p.call("POST", `/workspaces/${worker}/approvals/${id}/decide`, { decision: "maybe" });
    expect(bad.body).toEqual({ error: "decision must be 'approved' or 'denied'", code: "invalid_body" });
    const ok = await p.call("POST", `/workspaces/${worker}/approvals/${id}/decide`, {
      decision: "approved",
      decided_by: "ana",
    });
    expect(ok.body).toEqual({ status: "approved", approval_id: id });
    const ev = await ws.waitFor((f) => f.event === "APPROVAL_APPROVED");
    expect(ev.payload).toEqual({ approval_id: id, decision: "approved", decided_by: "ana" });
    const again = await p.call("POST", `/workspaces/${worker}/approvals/${id}/decide`, {
      decision: "denied",
    });
    expect(again.status).toBe(404);
    expect(again.body).toEqual({
      error: "approval not found or already decided",
      code: "approval_not_found",
    });
    expect(
      (await p.call("POST", `/workspaces/${lead}/approvals/not-a-uuid/decide`, { decision: "denied" }))
        .status,
    ).toBe(404);
  });

  it("rejects an approval without an action and writes nothing", async () => {
    const before = (await p.ctx.db.pg.query("SELECT count(*)::int AS n FROM approvals")).rows;
    expect((await p.call("POST", `/workspaces/${worker}/approvals`, { reason: "x" })).status).toBe(400);
    expect(
      (await p.call("POST", "/workspaces/00000000-0000-4000-8000-000000000000/approvals", { action: "x" }))
        .status,
    ).toBe(404);
    expect((await p.ctx.db.pg.query("SELECT count(*)::int AS n FROM approvals")).rows).toEqual(before);
  });
});
