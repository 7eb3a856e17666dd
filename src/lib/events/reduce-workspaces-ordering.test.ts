import { describe, expect, it } from "vitest";
import { at, ev, run, ws } from "./reducer-fixtures";
import { PENDING_IDS, adoptRows, reduceWorkspaceState, workspaceEventState } from "./reduce-workspaces";

describe("reduceWorkspaceState ordering", () => {
  it("buffers an ONLINE that arrives before its PROVISIONING and applies it when the row appears", () => {
    const state = run(
      workspaceEventState([]),
      ev("WORKSPACE_ONLINE", "n", { url: "http://127.0.0.1:3003" }, 2),
      ev("WORKSPACE_PROVISIONING", "n", { name: "N" }, 1),
    );
    expect(state.rows).toEqual([
      expect.objectContaining({ id: "n", status: "online", url: "http://127.0.0.1:3003" }),
    ]);
    expect(state.pending.size).toBe(0);
  });

  it("keeps an online workspace online when a stale PROVISIONING arrives after it", () => {
    const state = run(
      workspaceEventState([ws("a", { status: "provisioning" })]),
      ev("WORKSPACE_ONLINE", "a", {}, 5),
      ev("WORKSPACE_PROVISIONING", "a", { name: "A" }, 3),
    );
    expect(state.rows[0]?.status).toBe("online");
  });

  it("applies a newer PROVISIONING after ONLINE, as a restart does", () => {
    const state = run(
      workspaceEventState([ws("a")]),
      ev("WORKSPACE_ONLINE", "a", {}, 5),
      ev("WORKSPACE_PROVISIONING", "a", { name: "A" }, 8),
    );
    expect(state.rows[0]?.status).toBe("provisioning");
  });

  it("keeps the newer status when a stale full row arrives, but takes its other fields", () => {
    const state = run(
      workspaceEventState([ws("a", { status: "provisioning" })]),
      ev("WORKSPACE_ONLINE", "a", { url: "http://127.0.0.1:3004" }, 5),
      ev("WORKSPACE_UPDATED", "a", ws("a", { status: "provisioning", url: "", name: "Renamed" }), 4),
    );
    expect(state.rows[0]).toMatchObject({ status: "online", url: "http://127.0.0.1:3004", name: "Renamed" });
  });

  it("replays buffered events when a refetched list brings the row", () => {
    const waiting = run(
      workspaceEventState([]),
      ev("WORKSPACE_DEGRADED", "a", { error_rate: 0.7, sample_error: "x" }, 3),
    );
    const state = adoptRows(waiting, [ws("a")]);
    expect(state.rows[0]).toMatchObject({ status: "degraded", last_error_rate: 0.7 });
  });

  it("drops buffered events older than a refetched row's updated_at", () => {
    const waiting = run(workspaceEventState([]), ev("WORKSPACE_OFFLINE", "a", {}, 3));
    const state = adoptRows(waiting, [ws("a", { updated_at: at(10) })]);
    expect(state.rows[0]?.status).toBe("online");
  });

  it("bounds the buffer of ids that never get a row", () => {
    let state = workspaceEventState([]);
    for (let i = 0; i <= PENDING_IDS; i += 1)
      state = reduceWorkspaceState(state, ev("WORKSPACE_OFFLINE", `ghost-${i}`, {}));
    expect(state.pending.size).toBe(PENDING_IDS);
    expect(state.pending.has("ghost-0")).toBe(false);
  });
});
