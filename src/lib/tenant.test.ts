import { setPageUrl } from "@/test/location";
import { getTenantSlug, isSaaSTenant, saasHostSuffix, tenantSlugFromHost } from "./tenant";

afterEach(() => {
  setPageUrl("http://localhost:3000/");
});

describe("tenantSlugFromHost", () => {
  const suffix = ".moleculesai.app";

  it("takes the subdomain of a tenant host as the slug", () => {
    expect(tenantSlugFromHost("acme.moleculesai.app", suffix)).toBe("acme");
  });

  it("lower-cases the host before deriving the slug", () => {
    expect(tenantSlugFromHost("ACME-Labs.MoleculesAI.app", suffix)).toBe("acme-labs");
  });

  it.each(["app", "www", "api", "admin", "cp", "dashboard", "billing", "status", "docs"])(
    "gives no slug for the reserved subdomain %s",
    (name) => {
      expect(tenantSlugFromHost(`${name}.moleculesai.app`, suffix)).toBe("");
    },
  );

  it.each([
    ["a multi-label prefix", "a.staging.moleculesai.app"],
    ["a prefix shorter than three characters", "ab.moleculesai.app"],
    ["a prefix starting with a digit", "1acme.moleculesai.app"],
    ["a prefix with an underscore", "ac_me.moleculesai.app"],
    ["a prefix longer than 32 characters", `${"a".repeat(33)}.moleculesai.app`],
  ])("gives no slug for %s", (_case, host) => {
    expect(tenantSlugFromHost(host, suffix)).toBe("");
  });

  it("accepts a 32-character prefix", () => {
    expect(tenantSlugFromHost(`${"a".repeat(32)}.moleculesai.app`, suffix)).toBe("a".repeat(32));
  });

  it.each([
    ["the apex", "moleculesai.app"],
    ["localhost", "localhost"],
    ["an IPv4 address", "192.168.1.20"],
    ["an IPv6 address", "[::1]"],
    ["a Vercel preview", "canvas-git-main-molecule.vercel.app"],
    ["a look-alike domain", "acme.moleculesai.app.evil.com"],
  ])("treats %s as off the suffix", (_case, host) => {
    expect(tenantSlugFromHost(host, suffix)).toBeNull();
  });

  it("with an empty suffix still never treats localhost, IPs or previews as tenants", () => {
    expect(tenantSlugFromHost("localhost", "")).toBeNull();
    expect(tenantSlugFromHost("10.0.0.1", "")).toBeNull();
    expect(tenantSlugFromHost("x.vercel.app", "")).toBeNull();
  });
});

describe("saasHostSuffix", () => {
  it("defaults to .moleculesai.app", () => {
    vi.stubEnv("NEXT_PUBLIC_SAAS_HOST_SUFFIX", undefined);
    expect(saasHostSuffix()).toBe(".moleculesai.app");
  });

  it("keeps an empty string as a real value", () => {
    vi.stubEnv("NEXT_PUBLIC_SAAS_HOST_SUFFIX", "");
    expect(saasHostSuffix()).toBe("");
  });
});

describe("getTenantSlug", () => {
  beforeEach(() => {
    vi.stubEnv("NEXT_PUBLIC_SAAS_HOST_SUFFIX", ".moleculesai.test");
    vi.stubEnv("NEXT_PUBLIC_DEFAULT_ORG_SLUG", undefined);
  });

  it("derives the slug from the page's host", () => {
    setPageUrl("http://acme.moleculesai.test:3000/some/page?x=1");
    expect(getTenantSlug()).toBe("acme");
  });

  it("uses the configured suffix rather than the default", () => {
    setPageUrl("https://acme.moleculesai.app/");
    expect(getTenantSlug()).toBe("");
  });

  it("gives an empty slug on a reserved host even when a default slug is configured", () => {
    vi.stubEnv("NEXT_PUBLIC_DEFAULT_ORG_SLUG", "fallback");
    setPageUrl("http://app.moleculesai.test:3000/");
    expect(getTenantSlug()).toBe("");
  });

  it("falls back to NEXT_PUBLIC_DEFAULT_ORG_SLUG off the suffix", () => {
    vi.stubEnv("NEXT_PUBLIC_DEFAULT_ORG_SLUG", "acme");
    setPageUrl("http://localhost:3000/");
    expect(getTenantSlug()).toBe("acme");
  });

  it("gives an empty slug on localhost without a default slug", () => {
    setPageUrl("http://localhost:3000/");
    expect(getTenantSlug()).toBe("");
  });

  it("uses the default slug during server rendering, whatever the host", () => {
    vi.stubEnv("NEXT_PUBLIC_DEFAULT_ORG_SLUG", "server-org");
    setPageUrl("http://acme.moleculesai.test:3000/");
    vi.stubGlobal("window", undefined);
    expect(getTenantSlug()).toBe("server-org");
  });
});

describe("isSaaSTenant", () => {
  beforeEach(() => vi.stubEnv("NEXT_PUBLIC_SAAS_HOST_SUFFIX", ".moleculesai.test"));

  it("is true on a tenant host", () => {
    setPageUrl("http://acme.moleculesai.test:3000/");
    expect(isSaaSTenant()).toBe(true);
  });

  it("is false on localhost", () => {
    expect(isSaaSTenant()).toBe(false);
  });

  it("is false during server rendering, even on a tenant host with a default slug", () => {
    vi.stubEnv("NEXT_PUBLIC_DEFAULT_ORG_SLUG", "acme");
    setPageUrl("http://acme.moleculesai.test:3000/");
    vi.stubGlobal("window", undefined);
    expect(isSaaSTenant()).toBe(false);
  });
});
