import { describe, expect, it } from "vitest";
import { createOrgRequestSchema, orgSlugProblem } from "./control-plane";

describe("orgSlugProblem", () => {
  it.each([
    ["acme", null],
    ["a1-b2", null],
    ["ab", "too_short"],
    ["1acme", "not_letter_first"],
    ["Acme", "not_letter_first"],
    ["acme-", "bad_hyphens"],
    ["ac--me", "bad_hyphens"],
    ["a.b.c", "bad_characters"],
    ["a".repeat(33), "too_long"],
    ["", "not_letter_first"],
    ["app", "reserved"],
    ["staging", "reserved"],
    ["staging-api", "reserved"],
    ["tunneltest", "reserved"],
  ])("judges %s", (slug, problem) => {
    expect(orgSlugProblem(slug)).toBe(problem);
  });
});

describe("createOrgRequestSchema", () => {
  it("reads a missing or non-string slug as the empty, invalid one", () => {
    expect(createOrgRequestSchema.parse({ slug: 42, name: "Acme" })).toEqual({ slug: "", name: "Acme" });
    expect(createOrgRequestSchema.parse({ name: " Acme " })).toEqual({ slug: "", name: "Acme" });
    expect(orgSlugProblem("")).not.toBeNull();
  });

  it("refuses a missing or blank name", () => {
    expect(createOrgRequestSchema.safeParse({ slug: "acme" }).success).toBe(false);
    expect(createOrgRequestSchema.safeParse({ slug: "acme", name: "  " }).success).toBe(false);
  });
});
