import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type RecordingSocket, type TestPlatform } from "../test/harness";
import { SLOW_FAULT_MS } from "./boot-profile";
import type { LocalProvisioner } from "./local-provisioner";
import { isAlive } from "../test/processes";

describe("provisioning fault injection", () => {
  let p: TestPlatform;
  let ws: RecordingSocket;
  const provisioner = () => p.ctx.provisioner as LocalProvisioner;
  beforeAll(async () => {
    p = await startTestPlatform({
      MOLECULE_PROVISIONER: "local",
      MOLECULE_FAULT: "Faulty:agent_card:fail,Stuck:register:stall,Slowpoke:start_process:slow",
    });
    await provisioner().ready();
    ws = await p.socket();
  });
  afterAll(async () => {
    ws?.close();
    const pids = provisioner().pids();
    await p.stop();
    expect(pids.filter(isAlive)).toEqual([]);
  });

  const create = async (name: string) => (await p.call("POST", "/workspaces", { name })).body.id as string;

  it("fails the chosen step: PROVISION_FAILED, a failed step in progress, and no process left", async () => {
    const id = await create("Faulty");
    const failed = await ws.waitFor((f) => f.event === "WORKSPACE_PROVISION_FAILED" && f.workspace_id === id);
    expect(failed.payload.error).toBe("fault injected at step agent_card");
    const progress = ws.frames
      .filter((f) => f.event === "WORKSPACE_PROVISION_PROGRESS" && f.workspace_id === id)
      .at(-1)!;
    expect(progress.payload.step).toBe("agent_card");
    expect(progress.payload.steps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "start_process", state: "done" }),
        expect.objectContaining({ id: "agent_card", state: "failed" }),
        expect.objectContaining({ id: "register", state: "pending" }),
      ]),
    );
    expect((await p.call("GET", "/workspaces")).body.find((w: { id: string }) => w.id === id)).toMatchObject({
      status: "failed",
      last_sample_error: "fault injected at step agent_card",
    });
    expect(provisioner().isRunning(id)).toBe(false);
  });

  it("stalls the chosen step until the workspace is removed, and then stops its process", async () => {
    const id = await create("Stuck");
    await ws.waitFor(
      (f) =>
        f.event === "WORKSPACE_PROVISION_PROGRESS" && f.workspace_id === id && f.payload.step === "register",
    );
    const row = (await p.call("GET", "/workspaces")).body.find((w: { id: string }) => w.id === id);
    expect(row).toMatchObject({ status: "provisioning", provisioning: { step: "register" } });
    const pid = provisioner().pidOf(id)!;
    expect(isAlive(pid)).toBe(true);
    expect((await p.call("DELETE", `/workspaces/${id}`)).status).toBe(200);
    await expect.poll(() => isAlive(pid), { timeout: 5000 }).toBe(false);
    expect(ws.frames.some((f) => f.workspace_id === id && f.event === "WORKSPACE_ONLINE")).toBe(false);
  });

  it("holds a slow step for the set time, then boots the workspace as usual", async () => {
    const id = await create("Slowpoke");
    await ws.waitFor((f) => f.event === "WORKSPACE_ONLINE" && f.workspace_id === id);
    const progress = ws.frames
      .filter((f) => f.event === "WORKSPACE_PROVISION_PROGRESS" && f.workspace_id === id)
      .at(-1)!;
    const step = (progress.payload.steps as { id: string; started_at: string; finished_at: string }[]).find(
      (s) => s.id === "start_process",
    )!;
    const heldMs = Date.parse(step.finished_at) - Date.parse(step.started_at);
    expect(heldMs).toBeGreaterThanOrEqual(SLOW_FAULT_MS - 5);
  });
});
