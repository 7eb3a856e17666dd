import { describe, expect, it } from "vitest";
import { canCommunicate } from "./can-communicate";

const parents = new Map<string, string | null>([
  ["root", null],
  ["other-root", null],
  ["a", "root"],
  ["b", "root"],
  ["a1", "a"],
  ["b1", "b"],
]);
const parentOf = (id: string) => parents.get(id);

describe("canCommunicate", () => {
  it.each([
    ["a", "b", true],
    ["root", "other-root", true],
    ["root", "a1", true],
    ["a1", "root", true],
    ["a1", "b1", false],
    ["a", "b1", false],
    ["a", "ghost", false],
  ])("%s → %s is %s", (caller, target, allowed) => {
    expect(canCommunicate(caller, target, parentOf)).toBe(allowed);
  });

  it("stops walking a parent cycle and denies", () => {
    const cyclic = new Map<string, string | null>([
      ["x", "y"],
      ["y", "x"],
      ["z", null],
    ]);
    expect(canCommunicate("z", "x", (id) => cyclic.get(id))).toBe(false);
  });
});
