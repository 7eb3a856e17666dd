import { describe, expect, it } from "vitest";
import { needsApproval } from "./approval-gate";
import { subtaskFor } from "./replies";

describe("needsApproval", () => {
  it("asks before marked and deploy-like tasks only", () => {
    expect(needsApproval("[approval] Rotate the keys")).toBe(true);
    expect(needsApproval("Deploy the hotfix")).toBe(true);
    expect(needsApproval("Plan the deployment window")).toBe(true);
    expect(needsApproval("Write the release notes")).toBe(false);
  });

  it("does not ask again for a part a lead handed down", () => {
    const part = subtaskFor("[approval] Deploy the site", { name: "Ops", role: "SRE" }, 0, 2);
    expect(needsApproval(part)).toBe(false);
  });
});
