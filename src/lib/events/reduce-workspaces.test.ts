import { describe, expect, it } from "vitest";
import { at, byId, ev, run, ws } from "./reducer-fixtures";
import { reduceWorkspaces, workspaceEventState } from "./reduce-workspaces";

describe("reduceWorkspaces", () => {
  it("marks a known workspace provisioning with no url when it restarts", () => {
    const next = reduceWorkspaces(
      [ws("a", { url: "http://127.0.0.1:3000" })],
      ev("WORKSPACE_PROVISIONING", "a", { name: "A" }),
    );
    expect(next[0]).toMatchObject({ status: "provisioning", url: "" });
  });

  it("forgets the previous attempt's provisioning steps when a workspace restarts", () => {
    const provisioning = { started_at: at(0), step: "boot", steps: [] };
    const next = reduceWorkspaces(
      [ws("a", { status: "failed", provisioning })],
      ev("WORKSPACE_PROVISIONING", "a", {}, 9),
    );
    expect(next[0]?.provisioning).toBeUndefined();
    expect(next[0]?.updated_at).toBe(at(9));
  });

  it("adds a row for a PROVISIONING of an unknown id that carries a name", () => {
    const next = reduceWorkspaces(
      [],
      ev("WORKSPACE_PROVISIONING", "n", { name: "New", tier: 2, runtime: "hermes" }),
    );
    expect(next).toEqual([
      expect.objectContaining({
        id: "n",
        name: "New",
        tier: 2,
        runtime: "hermes",
        status: "provisioning",
        x: 0,
        y: 0,
      }),
    ]);
  });

  it("turns org-import coordinates from parent-relative into absolute", () => {
    const parent = ws("p", { x: 100, y: 200 });
    const next = reduceWorkspaces(
      [parent],
      ev("WORKSPACE_PROVISIONING", "c", { name: "C", parent_id: "p", x: 30, y: 40 }),
    );
    expect(byId(next, "c")).toMatchObject({ parent_id: "p", x: 130, y: 240 });
  });

  it("leaves a new child unplaced when its parent is not on the canvas", () => {
    const next = reduceWorkspaces(
      [],
      ev("WORKSPACE_PROVISIONING", "c", { name: "C", parent_id: "p", x: 30, y: 40 }),
    );
    expect(byId(next, "c")).toMatchObject({ x: 0, y: 0 });
  });

  it("sets online with url and agent card from a register", () => {
    const card = { name: "PM", skills: [] };
    const next = reduceWorkspaces(
      [ws("a", { status: "provisioning" })],
      ev("WORKSPACE_ONLINE", "a", { url: "http://127.0.0.1:3001", agent_card: card }),
    );
    expect(next[0]).toMatchObject({ status: "online", url: "http://127.0.0.1:3001", agent_card: card });
  });

  it("sets online and keeps the url when the first heartbeat recovers from provisioning", () => {
    const row = ws("a", { status: "provisioning", url: "http://127.0.0.1:3002" });
    const next = reduceWorkspaces([row], ev("WORKSPACE_ONLINE", "a", { recovered_from: "provisioning" }));
    expect(next[0]).toMatchObject({ status: "online", url: "http://127.0.0.1:3002" });
  });

  it("accepts failed → online", () => {
    const next = reduceWorkspaces([ws("a", { status: "failed" })], ev("WORKSPACE_ONLINE", "a", {}));
    expect(next[0]?.status).toBe("online");
  });

  it.each([
    ["WORKSPACE_AWAITING_AGENT", { name: "A", external: true }, "awaiting_agent"],
    ["WORKSPACE_OFFLINE", {}, "offline"],
    ["WORKSPACE_PAUSED", { name: "A" }, "paused"],
    ["WORKSPACE_HIBERNATED", { name: "A", tier: 2 }, "hibernated"],
  ] as const)("sets the status named by %s", (name, payload, status) => {
    const next = reduceWorkspaces([ws("a"), ws("b")], ev(name, "a", payload));
    expect(next.map((r) => r.status)).toEqual([status, "online"]);
  });

  it("records the error rate and sample of a degraded heartbeat", () => {
    const next = reduceWorkspaces(
      [ws("a")],
      ev("WORKSPACE_DEGRADED", "a", { error_rate: 0.6, sample_error: "boom" }),
    );
    expect(next[0]).toMatchObject({ status: "degraded", last_error_rate: 0.6, last_sample_error: "boom" });
  });

  it("keeps the previous error rate when a wedged runtime degrades without one", () => {
    const row = ws("a", { last_error_rate: 0.2 });
    const next = reduceWorkspaces(
      [row],
      ev("WORKSPACE_DEGRADED", "a", { runtime_state: "wedged", sample_error: "stuck" }),
    );
    expect(next[0]).toMatchObject({ status: "degraded", last_error_rate: 0.2, last_sample_error: "stuck" });
  });

  it("marks a failed provision with its error text", () => {
    const next = reduceWorkspaces(
      [ws("a", { status: "provisioning" })],
      ev("WORKSPACE_PROVISION_FAILED", "a", { error: "Docker not available on this platform instance" }),
    );
    expect(next[0]).toMatchObject({
      status: "failed",
      last_sample_error: "Docker not available on this platform instance",
    });
  });

  it("updates task counts and uptime from heartbeats and task updates", () => {
    let rows = reduceWorkspaces(
      [ws("a")],
      ev("WORKSPACE_HEARTBEAT", "a", { active_tasks: 2, uptime_seconds: 90 }),
    );
    rows = reduceWorkspaces(rows, ev("TASK_UPDATED", "a", { current_task: "Write report", active_tasks: 3 }));
    expect(rows[0]).toMatchObject({ active_tasks: 3, uptime_seconds: 90, current_task: "Write report" });
  });

  it("replaces the agent card on AGENT_CARD_UPDATED", () => {
    const card = { name: "Researcher", skills: [{ id: "s", name: "Search" }] };
    const next = reduceWorkspaces([ws("a")], ev("AGENT_CARD_UPDATED", "a", { agent_card: card }));
    expect(next[0]?.agent_card).toEqual(card);
  });

  it("replaces the row wholesale on WORKSPACE_UPDATED", () => {
    const moved = ws("a", { name: "Renamed", x: 500, y: 60, parent_id: "b" });
    const next = reduceWorkspaces([ws("a", { role: "old" }), ws("b")], ev("WORKSPACE_UPDATED", "a", moved));
    expect(next[0]).toEqual(moved);
  });

  it("adds a row it did not know from WORKSPACE_UPDATED", () => {
    const next = reduceWorkspaces([ws("a")], ev("WORKSPACE_UPDATED", "z", ws("z")));
    expect(next.map((r) => r.id)).toEqual(["a", "z"]);
  });

  it("stores provisioning progress", () => {
    const progress = {
      started_at: at(1),
      step: "pull",
      steps: [{ id: "pull", label: "Pull image", state: "active" as const }],
    };
    const next = reduceWorkspaces(
      [ws("a", { status: "provisioning" })],
      ev("WORKSPACE_PROVISION_PROGRESS", "a", progress),
    );
    expect(next[0]?.provisioning).toEqual(progress);
  });

  it("returns the same array for unknown-to-the-rows events such as activity", () => {
    const rows = [ws("a")];
    const activity = ev("DELEGATION_SENT", "a", { delegation_id: "d", target_id: "b", task_preview: "hi" });
    expect(reduceWorkspaces(rows, activity)).toBe(rows);
  });

  it("returns the same array when an event repeats what the row already says", () => {
    const rows = [ws("a", { active_tasks: 1, uptime_seconds: 5, agent_card: { name: "A" } })];
    expect(
      reduceWorkspaces(rows, ev("WORKSPACE_HEARTBEAT", "a", { active_tasks: 1, uptime_seconds: 5 })),
    ).toBe(rows);
    expect(reduceWorkspaces(rows, ev("WORKSPACE_ONLINE", "a", {}))).toBe(rows);
    expect(reduceWorkspaces(rows, ev("AGENT_CARD_UPDATED", "a", { agent_card: { name: "A" } }))).toBe(rows);
    expect(reduceWorkspaces(rows, ev("WORKSPACE_UPDATED", "a", { ...rows[0]! }))).toBe(rows);
  });

  it("keeps untouched rows as the same objects", () => {
    const rows = [ws("a"), ws("b")];
    const next = reduceWorkspaces(rows, ev("WORKSPACE_OFFLINE", "a", {}));
    expect(next[1]).toBe(rows[1]);
  });
});

describe("reduceWorkspaces removal", () => {
  const tree = () => [
    ws("root"),
    ws("team", { parent_id: "root" }),
    ws("x", { parent_id: "team" }),
    ws("y", { parent_id: "team" }),
  ];

  it("drops the row and moves its children up to its parent", () => {
    const next = reduceWorkspaces(tree(), ev("WORKSPACE_REMOVED", "team", {}));
    expect(next.map((r) => [r.id, r.parent_id])).toEqual([
      ["root", null],
      ["x", "root"],
      ["y", "root"],
    ]);
  });

  it("removes the whole subtree of a delete target before the descendants' own events arrive", () => {
    const targetFirst = run(
      workspaceEventState(tree()),
      ev("WORKSPACE_REMOVED", "team", { cascade_deleted: 2 }, 1),
    );
    expect(targetFirst.rows.map((r) => r.id)).toEqual(["root"]);
    const state = run(targetFirst, ev("WORKSPACE_REMOVED", "x", {}, 0), ev("WORKSPACE_REMOVED", "y", {}, 0));
    expect(state.rows.map((r) => r.id)).toEqual(["root"]);
    expect(state.pending.size).toBe(0);
  });

  it("ends with the same rows when the platform's cascade arrives in its own order", () => {
    const state = run(
      workspaceEventState(tree()),
      ev("WORKSPACE_REMOVED", "x", {}, 0),
      ev("WORKSPACE_REMOVED", "y", {}, 0),
      ev("WORKSPACE_REMOVED", "team", { cascade_deleted: 2 }, 1),
    );
    expect(state.rows.map((r) => r.id)).toEqual(["root"]);
  });

  it("does not resurrect a removed workspace from a late event", () => {
    const state = run(
      workspaceEventState(tree()),
      ev("WORKSPACE_REMOVED", "x", {}, 5),
      ev("WORKSPACE_PROVISIONING", "x", { name: "X" }, 4),
      ev("WORKSPACE_HEARTBEAT", "x", { active_tasks: 0, uptime_seconds: 1 }, 6),
    );
    expect(byId(state.rows, "x")).toBeUndefined();
    expect(state.pending.size).toBe(0);
  });
});
