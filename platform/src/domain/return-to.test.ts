import { describe, expect, it } from "vitest";
import { checkReturnTo, safeReturnTo } from "./return-to";

const saas = { apex: "moleculesai.app", devMode: false, appUrl: "https://app.moleculesai.app" };
const dev = { apex: "moleculesai.test", devMode: true, appUrl: "http://app.moleculesai.test:8080" };

describe("checkReturnTo", () => {
  it.each([
    ["https://acme.moleculesai.app/", "https://acme.moleculesai.app/"],
    ["https://app.moleculesai.app/orgs", "https://app.moleculesai.app/orgs"],
    ["https://moleculesai.app/pricing", "https://moleculesai.app/pricing"],
    ["/orgs?x=1", "https://app.moleculesai.app/orgs?x=1"],
  ])("accepts %s", (input, expected) => {
    expect(checkReturnTo(input, saas)).toBe(expected);
  });

  it.each([
    "http://acme.moleculesai.app/",
    "//evil.com/x",
    "/\\evil.com",
    "https://evil.com",
    "https://moleculesai.app.evil.com",
    "https://evilmoleculesai.app",
    "https://user@acme.moleculesai.app/",
    "https://acme.moleculesai.app:8443/",
    "javascript:alert(1)",
    "data:text/html,hi",
    "https://acme.moleculesai.app/\u0007",
    "https://app.moleculesai.app/cp/auth/login",
    `https://acme.moleculesai.app/${"a".repeat(2100)}`,
    "https://acme.moleculesai.app/cp/x?return_to=https%3A%2F%2Fevil.com",
    "http://localhost:3000/",
    "",
  ])("rejects %s", (input) => {
    expect(checkReturnTo(input, saas)).toBeNull();
  });

  it("accepts plain http on the apex and localhost only in dev mode", () => {
    expect(checkReturnTo("http://acme.moleculesai.test:3000/?a=1#x", dev)).toBe(
      "http://acme.moleculesai.test:3000/?a=1#x",
    );
    expect(checkReturnTo("http://localhost:3000/", dev)).toBe("http://localhost:3000/");
    expect(checkReturnTo("http://evil.test:3000/", dev)).toBeNull();
  });
});

describe("safeReturnTo", () => {
  it("falls back to the app's org list when the target is unsafe or missing", () => {
    expect(safeReturnTo("https://evil.com", saas)).toBe("https://app.moleculesai.app/orgs");
    expect(safeReturnTo(undefined, saas)).toBe("https://app.moleculesai.app/orgs");
  });
});
