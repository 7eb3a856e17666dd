import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_STREAM_FOLD, extractA2AText, foldA2AStream } from "@/lib/contract";
import { feedSse } from "@/lib/contract/sse";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";

const AGENT_ENV = {
  MOLECULE_PROVISIONER: "local",
  MOLECULE_HEARTBEAT_MS: "300",
  MOLECULE_AGENT_WORK_MS: "150",
  MOLECULE_QUEUE_DRAIN_MS: "200",
};

const task = (text: string, method = "message/send") => ({
  method,
  params: { message: { role: "user", parts: [{ kind: "text", text }] } },
});

describe("streaming and approvals with real local agents", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  let lead: string;

  beforeAll(async () => {
    p = await startTestPlatform(AGENT_ENV);
    ws = await p.socket();
    const create = async (body: Record<string, unknown>) =>
      (await p.call("POST", "/workspaces", body)).body.id as string;
    lead = await create({ name: "Lead", role: "Engineering lead" });
    const child = await create({ name: "Research", role: "Research analyst", parent_id: lead });
    await Promise.all(
      [lead, child].map((id) =>
        ws.waitFor((f) => f.event === "WORKSPACE_ONLINE" && f.workspace_id === id, 8000),
      ),
    );
  });
  afterAll(async () => {
    ws?.close();
    await p.stop();
  });

  /** Reads an SSE answer as it arrives, noting when each event came. */
  async function readStream(res: Response) {
    const events: { at: number; data: { result?: unknown; error?: unknown } }[] = [];
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const buffer = { rest: "" };
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const data of feedSse(buffer, decoder.decode(value, { stream: true })))
        events.push({ at: Date.now(), data: JSON.parse(data) });
    }
    return events;
  }

  it("relays message/stream as SSE with progress and text chunks before the task completes", async () => {
    const res = await fetch(`${p.url}/workspaces/${lead}/a2a`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(task("Plan the pricing launch")),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const events = await readStream(res);
    const kinds = events.map((e) => (e.data.result as { kind: string }).kind);
    expect(kinds[0]).toBe("task");
    expect(kinds.filter((k) => k === "artifact-update").length).toBeGreaterThan(1);
    const notes = events
      .map((e) => e.data.result as { kind: string; status?: { message?: { parts: { text: string }[] } } })
      .filter((r) => r.kind === "status-update" && r.status?.message)
      .map((r) => r.status!.message!.parts[0]!.text);
    expect(notes).toEqual(
      expect.arrayContaining(["Asked Research for Plan the pricing launch", "Research answered"]),
    );
    const last = events.at(-1)!;
    expect(last.data.result).toMatchObject({
      kind: "status-update",
      final: true,
      status: { state: "completed" },
    });
    expect(last.at).toBeGreaterThan(events[0]!.at);

    const fold = events.reduce((f, e) => foldA2AStream(f, e.data.result), EMPTY_STREAM_FOLD);
    expect(extractA2AText(fold.result)).toContain("1/1 parts done");

    const response = await ws.waitFor(
      (f) => f.event === "A2A_RESPONSE" && f.workspace_id === lead && f.payload.method === "message/stream",
    );
    expect(extractA2AText((response.payload.response_body as { result: unknown }).result)).toContain(
      "1/1 parts done",
    );
    const rows = await p.call("GET", `/workspaces/${lead}/activity?type=a2a_receive`);
    expect(rows.body[0]).toMatchObject({ method: "message/stream", status: "ok", source_id: null });
    expect(extractA2AText(rows.body[0].response_body.result)).toContain("1/1 parts done");
  });

  it("streams when the body names message/stream even without the Accept header", async () => {
    const res = await p.call("POST", `/workspaces/${lead}/a2a`, task("Short check", "message/stream"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(String(res.body)).toContain('"final":true');
  });

  it("answers a stream request for a missing workspace with the JSON 404, not a stream", async () => {
    const res = await p.call(
      "POST",
      "/workspaces/00000000-0000-4000-8000-000000000000/a2a",
      task("x", "message/stream"),
      { accept: "text/event-stream" },
    );
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: "workspace not found", code: "workspace_not_found" });
  });

  it("asks for approval before a marked task, waits, and continues once approved", async () => {
    const reply = p.call("POST", `/workspaces/${lead}/a2a`, task("[approval] Roll out the new billing"));
    const asked = await ws.waitFor((f) => f.event === "APPROVAL_REQUESTED" && f.workspace_id === lead, 5000);
    expect(asked.payload.action).toContain("Roll out the new billing");
    const pending = await p.call("GET", "/approvals/pending");
    expect(pending.body.map((a: { id: string }) => a.id)).toContain(asked.payload.approval_id);
    const decided = await p.call(
      "POST",
      `/workspaces/${lead}/approvals/${String(asked.payload.approval_id)}/decide`,
      { decision: "approved", decided_by: "tester" },
    );
    expect(decided.status).toBe(200);
    const res = await reply;
    expect(res.status).toBe(200);
    expect(extractA2AText(res.body.result)).toContain("1/1 parts done");
  });

  it("stops a deploy task when the approval is denied", async () => {
    const before = ws.frames.length;
    const reply = p.call("POST", `/workspaces/${lead}/a2a`, task("Deploy the hotfix"));
    const asked = await ws.waitFor(
      (f) => ws.frames.indexOf(f) >= before && f.event === "APPROVAL_REQUESTED" && f.workspace_id === lead,
      5000,
    );
    await p.call("POST", `/workspaces/${lead}/approvals/${String(asked.payload.approval_id)}/decide`, {
      decision: "denied",
      decided_by: "ops",
    });
    const res = await reply;
    expect(extractA2AText(res.body.result)).toMatch(/stopped: .* denied by ops/);
    const delegated = ws.frames
      .slice(before)
      .filter((f) => f.event === "DELEGATION_SENT" && f.workspace_id === lead);
    expect(delegated).toEqual([]);
  });

  it("ends the stream with an error and records it when the agent restarts mid-answer", async () => {
    const res = await fetch(`${p.url}/workspaces/${lead}/a2a`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(task("Write the quarterly report")),
    });
    expect(res.status).toBe(200);
    const reading = readStream(res);
    await ws.waitFor(
      (f) =>
        f.event === "DELEGATION_SENT" &&
        f.workspace_id === lead &&
        String(f.payload.task_preview).startsWith("Write the quarterly"),
      5000,
    );
    expect((await p.call("POST", `/workspaces/${lead}/restart`, {})).status).toBeLessThan(300);
    const events = await reading;
    expect(events.at(-1)!.data.error).toMatchObject({ message: expect.stringMatching(/broke off/) });
    const rows = await p.call("GET", `/workspaces/${lead}/activity?type=a2a_receive`);
    expect(rows.body[0]).toMatchObject({ method: "message/stream", status: "error" });
  });
});
