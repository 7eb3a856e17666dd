import { describe, expect, it } from "vitest";
import { checkOrgSlug, slugFromHost } from "./org-slug";

describe("checkOrgSlug", () => {
  it.each([
    ["acme", { ok: true, slug: "acme" }],
    ["a1-b2", { ok: true, slug: "a1-b2" }],
    ["ab", { ok: false, reason: "invalid" }],
    ["1acme", { ok: false, reason: "invalid" }],
    ["Acme", { ok: false, reason: "invalid" }],
    ["acme-", { ok: false, reason: "invalid" }],
    ["ac--me", { ok: false, reason: "invalid" }],
    ["a.b.c", { ok: false, reason: "invalid" }],
    ["a".repeat(33), { ok: false, reason: "invalid" }],
    [42, { ok: false, reason: "invalid" }],
    ["app", { ok: false, reason: "reserved" }],
    ["staging", { ok: false, reason: "reserved" }],
    ["staging-api", { ok: false, reason: "reserved" }],
    ["tunneltest", { ok: false, reason: "reserved" }],
  ])("judges %s", (input, verdict) => {
    expect(checkOrgSlug(input)).toEqual(verdict);
  });
});

describe("slugFromHost", () => {
  it.each([
    ["acme.moleculesai.test:3000", "acme"],
    ["ACME.moleculesai.test", "acme"],
    ["app.moleculesai.test:8080", null],
    ["moleculesai.test", null],
    ["a.b.moleculesai.test", null],
    ["acme.moleculesai.test.evil.com", null],
    ["localhost:8080", null],
    [undefined, null],
  ])("reads %s as %s", (host, slug) => {
    expect(slugFromHost(host, "moleculesai.test")).toBe(slug);
  });
});
