import { describe, expect, it } from "vitest";
import { estimateRemaining, parseProvisionFault, STAGE_PLAN } from "./provision-plan";

describe("parseProvisionFault", () => {
  it("reads a failure at a named stage", () => {
    expect(parseProvisionFault("fail:health_check")).toEqual({
      kind: "fail",
      stage: "health_check",
      slug: null,
    });
  });
  it("reads a stall aimed at one org", () => {
    expect(parseProvisionFault("stall:booting@acme")).toEqual({
      kind: "stall",
      stage: "booting",
      slug: "acme",
    });
  });
  it.each(["", "fail", "explode:booting", "fail:warp_drive", undefined])("ignores %s", (raw) => {
    expect(parseProvisionFault(raw)).toBeNull();
  });
});

describe("estimateRemaining", () => {
  it("uses the median and the worst of history", () => {
    expect(estimateRemaining([10, 40, 20], 5, 1)).toEqual({ typical: 15, worst: 35 });
  });
  it("averages the middle pair of an even history", () => {
    expect(estimateRemaining([10, 20, 30, 100], 0, 1)).toEqual({ typical: 25, worst: 100 });
  });
  it("falls back to the documented ranges scaled like the run", () => {
    const sum = STAGE_PLAN.reduce((s, x) => s + x.typicalS, 0);
    expect(estimateRemaining([], 0, 1)).toEqual({ typical: sum, worst: 1200 });
    expect(estimateRemaining([], 0, 0.01)).toEqual({ typical: Math.ceil(sum * 0.01), worst: 12 });
  });
  it("never goes below zero once past the estimate", () => {
    expect(estimateRemaining([10], 60, 1)).toEqual({ typical: 0, worst: 0 });
  });
});
