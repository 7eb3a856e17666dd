import { describe, expect, it } from "vitest";
import { formatAgo, formatDuration } from "./format-time";

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [45_400, "45 s"],
    [60_000, "1 min"],
    [80_000, "1 min 20 s"],
    [185_000, "3 min 5 s"],
    [725_000, "12 min"],
    [3_600_000, "1 h"],
    [3_720_000, "1 h 2 min"],
  ])("spells %s ms as %s", (ms, text) => expect(formatDuration(ms)).toBe(text));

  it("never shows a second that has not passed on a running clock", () => {
    expect(formatDuration(59_999)).toBe("59 s");
  });

  it("treats a negative span (clock skew) as zero", () => {
    expect(formatDuration(-5_000)).toBe("0 s");
  });

  it.each([
    [340.4, "340 ms"],
    [1_234, "1.2 s"],
    [30_000, "30.0 s"],
    [123_000, "2 min 3 s"],
  ])("keeps sub-second detail for a latency of %s ms: %s", (ms, text) =>
    expect(formatDuration(ms, "ms")).toBe(text),
  );
});

describe("formatAgo", () => {
  it.each([
    [12_000, "just now"],
    [120_000, "2 min ago"],
    [3 * 3_600_000 + 59_000, "3 h ago"],
  ])("says %s ms ago as %s", (ms, text) => expect(formatAgo(ms)).toBe(text));
});
