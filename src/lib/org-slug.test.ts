import { describe, expect, it } from "vitest";
import { normaliseSlugInput, slugProblem } from "./org-slug";

describe("slugProblem", () => {
  it.each([
    ["", null],
    ["acme", null],
    ["a-1", null],
    ["1acme", "Start with a letter."],
    ["ac_me", "Use only lowercase letters, digits and hyphens."],
    ["ac", "Use at least 3 characters."],
    ["a".repeat(33), "Use at most 32 characters."],
    ["acme-", "No trailing or double hyphens."],
    ["staging", "“staging” is reserved. Pick another name."],
    ["app", "“app” is reserved. Pick another name."],
  ])("judges %j", (slug, problem) => expect(slugProblem(slug)).toBe(problem));
});

describe("normaliseSlugInput", () => {
  it("lowercases and turns spaces into hyphens as the user types", () => {
    expect(normaliseSlugInput("Acme Corp")).toBe("acme-corp");
  });
});
