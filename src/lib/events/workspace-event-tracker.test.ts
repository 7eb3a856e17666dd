import { describe, expect, it } from "vitest";
import { makeEvent, workspaceRowSchema, type PlatformEvent, type WorkspaceRow } from "@/lib/contract";
import { createWorkspaceEventTracker } from "./workspace-event-tracker";

const ws = (id: string, fields: Partial<WorkspaceRow> = {}): WorkspaceRow =>
  workspaceRowSchema.parse({ id, name: id, status: "online", ...fields });
const online = (id: string, second: number) =>
  makeEvent("WORKSPACE_ONLINE", id, {}, `2026-04-27T10:00:0${second}Z`) as PlatformEvent;
const provisioning = (id: string, second: number) =>
  makeEvent("WORKSPACE_PROVISIONING", id, { name: id }, `2026-04-27T10:00:0${second}Z`) as PlatformEvent;

describe("createWorkspaceEventTracker", () => {
  it("remembers a buffered ONLINE across separate cache updates", () => {
    const tracker = createWorkspaceEventTracker();
    const first = tracker.apply([ws("a")], [online("n", 2)]);
    expect(tracker.pendingCount()).toBe(1);
    const second = tracker.apply(first, [provisioning("n", 1)]);
    expect(second?.find((r) => r.id === "n")?.status).toBe("online");
    expect(tracker.pendingCount()).toBe(0);
  });

  it("holds events that arrive before the list has loaded and applies them to the loaded list", () => {
    const tracker = createWorkspaceEventTracker();
    expect(
      tracker.apply(undefined, [makeEvent("WORKSPACE_OFFLINE", "a", {}) as PlatformEvent]),
    ).toBeUndefined();
    expect(tracker.apply([ws("a")], [])?.[0]?.status).toBe("offline");
  });

  it("creates a workspace whose PROVISIONING arrived before the list and is missing from it", () => {
    const tracker = createWorkspaceEventTracker();
    tracker.apply(undefined, [online("n", 2), provisioning("n", 1)]);
    expect(tracker.apply([ws("a")], [])?.map((r) => [r.id, r.status])).toEqual([
      ["a", "online"],
      ["n", "online"],
    ]);
  });

  it("keeps the stale guard when the cache is replaced by a refetch", () => {
    const tracker = createWorkspaceEventTracker();
    tracker.apply([ws("a", { status: "provisioning" })], [online("a", 5)]);
    const refetched = [ws("a")];
    expect(tracker.apply(refetched, [provisioning("a", 3)])).toBe(refetched);
  });
});
