import { describe, expect, it } from "vitest";
import { completedShare, elapsedSeconds, etaText, isTakingLong, stageSeconds } from "./provisioning-progress";

const stage = (state: "pending" | "active" | "done" | "failed", started?: string, finished?: string) => ({
  id: "booting",
  label: "Booting",
  state,
  ...(started ? { started_at: started } : {}),
  ...(finished ? { finished_at: finished } : {}),
});

describe("elapsedSeconds", () => {
  it("counts from the server's start so a reload shows the same clock", () => {
    const now = Date.parse("2026-01-01T00:01:10Z");
    expect(elapsedSeconds({ status: "provisioning", started_at: "2026-01-01T00:00:00Z" }, now, now)).toBe(70);
  });
  it("counts from when the page first saw the org without server timestamps", () => {
    expect(elapsedSeconds({ status: "provisioning" }, 10_500, 1_000)).toBe(9);
  });
});

describe("etaText", () => {
  it("turns the server's remaining-time estimate into a total range", () => {
    expect(etaText({ status: "provisioning", elapsed_s: 10, eta_s: { typical: 30, worst: 110 } })).toBe(
      "usually about 40 s, up to 2 min",
    );
  });
  it("falls back to the documented tenant window", () => {
    expect(etaText({ status: "provisioning" })).toBe("usually 5–10 min, can take up to 20 min");
  });
});

describe("isTakingLong", () => {
  const withEta = { status: "provisioning", elapsed_s: 10, eta_s: { typical: 30, worst: 110 } };
  it("says so only past the typical total", () => {
    expect(isTakingLong(withEta, 40)).toBe(false);
    expect(isTakingLong(withEta, 41)).toBe(true);
  });
  it("uses the 10 minute window without an estimate, and never once settled", () => {
    expect(isTakingLong({ status: "provisioning" }, 601)).toBe(true);
    expect(isTakingLong({ status: "provisioning" }, 599)).toBe(false);
    expect(isTakingLong({ status: "failed" }, 9999)).toBe(false);
  });
});

describe("completedShare", () => {
  it("counts only finished stages", () => {
    expect(
      completedShare({
        status: "provisioning",
        stages: [stage("done"), stage("active"), stage("pending"), stage("pending")],
      }),
    ).toBe(0.25);
  });
  it("is full once running and unknown without stages", () => {
    expect(completedShare({ status: "running", stages: [stage("done"), stage("pending")] })).toBe(1);
    expect(completedShare({ status: "provisioning" })).toBeNull();
  });
});

describe("stageSeconds", () => {
  it("measures finished and running stages and nothing before the start", () => {
    expect(stageSeconds(stage("done", "2026-01-01T00:00:00Z", "2026-01-01T00:00:02.5Z"), 0)).toBe(2.5);
    expect(stageSeconds(stage("active", "2026-01-01T00:00:00Z"), Date.parse("2026-01-01T00:00:04Z"))).toBe(4);
    expect(stageSeconds(stage("pending"), 0)).toBeNull();
  });
});
