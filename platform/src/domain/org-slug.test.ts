import { describe, expect, it } from "vitest";
import { slugFromHost } from "./org-slug";

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
