import { describe, expect, it } from "vitest";
import { checkTreeLimits, ORG_TEMPLATE_LIMITS } from "./tree-limits";

const limits = { ...ORG_TEMPLATE_LIMITS, maxNodes: 5, maxDepth: 3 };
const chain = (levels: number) => {
  let node: Record<string, unknown> = { name: "leaf" };
  for (let i = 1; i < levels; i++) node = { name: `n${i}`, kids: [node] };
  return node;
};

describe("checkTreeLimits", () => {
  it("accepts a tree at both limits", () => {
    expect(checkTreeLimits([chain(3), { name: "b" }, { name: "c" }], "kids", limits)).toBeNull();
  });

  it("names the depth, the limit and a stable code for a tree too deep", () => {
    expect(checkTreeLimits([chain(4)], "kids", limits)).toEqual({
      error: "org template too deep: 4 levels, max 3",
      code: "org_template_too_deep",
    });
  });

  it("counts nodes across every root", () => {
    const roots = Array.from({ length: 6 }, () => ({ name: "x" }));
    expect(checkTreeLimits(roots, "kids", limits)).toEqual({
      error: "org template too large: 6 workspaces, max 5",
      code: "org_template_too_large",
    });
  });

  it("measures a tree nested far deeper than the call stack without recursing", () => {
    let node: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) node = { kids: [node] };
    expect(checkTreeLimits([node], "kids", limits)?.error).toBe(
      "org template too deep: 200001 levels, max 3",
    );
  });

  it("leaves nodes that are not objects to the schema", () => {
    expect(checkTreeLimits([{ kids: [1, "x", null, { kids: "no" }] }], "kids", limits)).toBeNull();
  });
});
