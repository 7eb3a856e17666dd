import { describe, expect, it } from "vitest";
import { WORKSPACE_STATUSES } from "./workspace";
import { isReachable } from "./workspace-reachability";

describe("isReachable", () => {
  it("accepts only online and degraded workspaces", () => {
    expect(WORKSPACE_STATUSES.filter(isReachable)).toEqual(["online", "degraded"]);
  });

  it("refuses a status the contract does not know", () => {
    expect(isReachable("warming_up")).toBe(false);
  });
});
