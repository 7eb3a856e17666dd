import { describe, expect, it } from "vitest";
import { canCommunicate } from "./can-communicate";

//        root-a            root-b
//        /    \              |
//     lead1   lead2        solo
//      |        |
//     w1       w2
//      |
//     deep
const TREE: Record<string, string | null> = {
  "root-a": null,
  "root-b": null,
  lead1: "root-a",
  lead2: "root-a",
  w1: "lead1",
  w2: "lead2",
  w1b: "lead1",
  deep: "w1",
  solo: "root-b",
};
const parentOf = (id: string) => TREE[id];

describe("canCommunicate", () => {
  it.each([
    ["self", "w1", "w1", true],
    ["siblings", "lead1", "lead2", true],
    ["siblings under one lead", "w1", "w1b", true],
    ["both roots", "root-a", "root-b", true],
    ["parent to child", "lead1", "w1", true],
    ["child to parent", "w1", "lead1", true],
    ["ancestor to deep descendant", "root-a", "deep", true],
    ["deep descendant to ancestor", "deep", "root-a", true],
    ["cousins", "w1", "w2", false],
    ["uncle to nephew", "lead2", "w1", false],
    ["nephew to uncle", "w1", "lead2", false],
    ["across sub-trees", "lead1", "solo", false],
    ["root to a foreign root's child", "root-a", "solo", false],
    ["unknown caller", "ghost", "w1", false],
    ["unknown target", "w1", "ghost", false],
    ["unknown self", "ghost", "ghost", false],
  ])("%s: %s → %s is %s", (_label, caller, target, allowed) => {
    expect(canCommunicate(caller, target, parentOf)).toBe(allowed);
  });

  it("denies when a chain runs through an unknown id", () => {
    const broken: Record<string, string | null> = { a: "missing", b: "a", c: null };
    expect(canCommunicate("c", "b", (id) => broken[id])).toBe(false);
  });

  it("stops walking after 32 hops, so a deeper ancestor is not found", () => {
    const chain: Record<string, string | null> = { n0: null };
    for (let i = 1; i <= 40; i++) chain[`n${i}`] = `n${i - 1}`;
    const lookup = (id: string) => chain[id];
    expect(canCommunicate("n40", "n9", lookup)).toBe(true); // 31 hops up
    expect(canCommunicate("n40", "n0", lookup)).toBe(false); // 40 hops up
  });

  it("terminates on a parent cycle", () => {
    const cyc: Record<string, string | null> = { a: "b", b: "a", c: null };
    expect(canCommunicate("a", "c", (id) => cyc[id])).toBe(false);
  });
});
