import { describe, expect, it, vi } from "vitest";
import { orgsPageUrl, tenantOrigin } from "./org-urls";

describe("tenantOrigin", () => {
  it("keeps the page's protocol and dev port on the tenant host", () => {
    vi.stubEnv("NEXT_PUBLIC_SAAS_HOST_SUFFIX", ".moleculesai.test");
    expect(tenantOrigin("acme", { protocol: "http:", port: "3000" })).toBe(
      "http://acme.moleculesai.test:3000",
    );
  });

  it("drops the port when the page has none", () => {
    vi.stubEnv("NEXT_PUBLIC_SAAS_HOST_SUFFIX", ".moleculesai.app");
    expect(tenantOrigin("acme", { protocol: "https:", port: "" })).toBe("https://acme.moleculesai.app");
  });
});

describe("orgsPageUrl", () => {
  it("points at the org list on the app host, on this page's protocol and port", () => {
    vi.stubEnv("NEXT_PUBLIC_SAAS_HOST_SUFFIX", ".moleculesai.test");
    expect(orgsPageUrl({ protocol: "http:", port: "3000" })).toBe("http://app.moleculesai.test:3000/orgs");
  });
});
