import { describe, expect, it } from "vitest";
import { workspaceRowSchema, type WorkspaceRow } from "@/lib/contract";
import {
  countProvisioning,
  isTakingLonger,
  provisioningElapsedMs,
  provisioningThresholdMs,
} from "./provisioning-timeout";

const START = Date.parse("2026-04-27T10:00:00Z");
const ws = (fields: Partial<WorkspaceRow> = {}): WorkspaceRow =>
  workspaceRowSchema.parse({
    id: "a",
    name: "A",
    status: "provisioning",
    updated_at: "2026-04-27T10:00:00Z",
    ...fields,
  });

describe("provisioningThresholdMs", () => {
  it("prefers the server-declared timeout over the runtime profile", () => {
    expect(provisioningThresholdMs(ws({ runtime: "hermes", provision_timeout_ms: 900_000 }), 1)).toBe(
      900_000,
    );
  });

  it("uses the runtime profile, then two minutes", () => {
    expect(provisioningThresholdMs(ws({ runtime: "hermes" }), 1)).toBe(720_000);
    expect(provisioningThresholdMs(ws({ runtime: "claude-code" }), 1)).toBe(120_000);
  });

  it("adds 45 s for each concurrently provisioning workspace beyond 3", () => {
    expect(provisioningThresholdMs(ws(), 3)).toBe(120_000);
    expect(provisioningThresholdMs(ws(), 5)).toBe(120_000 + 2 * 45_000);
  });
});

describe("provisioningElapsedMs", () => {
  it("counts from the progress start, then updated_at, then first sight", () => {
    const progress = { started_at: "2026-04-27T09:59:00Z", step: "boot", steps: [] };
    expect(provisioningElapsedMs(ws({ provisioning: progress }), START)).toBe(60_000);
    expect(provisioningElapsedMs(ws(), START + 5_000)).toBe(5_000);
    expect(provisioningElapsedMs(ws({ updated_at: undefined }), START + 7_000, START)).toBe(7_000);
    expect(provisioningElapsedMs(ws({ updated_at: undefined }), START)).toBeUndefined();
  });

  it("never reports a negative time when the server clock runs ahead", () => {
    expect(provisioningElapsedMs(ws(), START - 3_000)).toBe(0);
  });
});

describe("isTakingLonger", () => {
  it("stays quiet until the threshold and speaks at it", () => {
    expect(isTakingLonger(ws(), START + 119_999, 1)).toBe(false);
    expect(isTakingLonger(ws(), START + 120_000, 1)).toBe(true);
  });

  it("waits longer while many workspaces provision at once", () => {
    expect(isTakingLonger(ws(), START + 150_000, 4)).toBe(false);
    expect(isTakingLonger(ws(), START + 165_000, 4)).toBe(true);
  });

  it("waits for hermes' own threshold", () => {
    expect(isTakingLonger(ws({ runtime: "hermes" }), START + 700_000, 1)).toBe(false);
  });

  it("never flags a workspace that failed or has since come online", () => {
    expect(isTakingLonger(ws({ status: "failed" }), START + 999_000, 1)).toBe(false);
    expect(isTakingLonger(ws({ status: "online" }), START + 999_000, 1)).toBe(false);
  });

  it("never flags a workspace whose start time is unknown", () => {
    expect(isTakingLonger(ws({ updated_at: undefined }), START + 999_000, 1)).toBe(false);
  });
});

describe("countProvisioning", () => {
  it("counts only provisioning workspaces", () => {
    expect(countProvisioning([ws(), ws({ status: "online" }), ws()])).toBe(2);
  });
});
