import { buildContentSecurityPolicy } from "./csp";

const base = {
  nonce: "abc123",
  isDev: false,
  pageOrigin: "http://acme.moleculesai.test:3000",
  platformUrl: "http://app.moleculesai.test:8080",
};

function directive(csp: string, name: string): string[] {
  const found = csp.split("; ").find((d) => d.startsWith(`${name} `) || d === name);
  return found ? found.split(" ").slice(1) : [];
}

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only by this request's nonce and strict-dynamic", () => {
    const csp = buildContentSecurityPolicy(base);
    expect(directive(csp, "script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
  });

  it("forbids framing", () => {
    expect(directive(buildContentSecurityPolicy(base), "frame-ancestors")).toEqual(["'none'"]);
  });

  it("lets the page call the platform over HTTP and its WebSocket twin", () => {
    const connect = directive(buildContentSecurityPolicy(base), "connect-src");
    expect(connect).toEqual(
      expect.arrayContaining([
        "'self'",
        "http://app.moleculesai.test:8080",
        "ws://app.moleculesai.test:8080",
      ]),
    );
  });

  it("adds the configured socket URL and auth origin", () => {
    const csp = buildContentSecurityPolicy({
      ...base,
      platformUrl: "https://api.example.com/base",
      wsUrl: "wss://events.example.com/ws",
      authOrigin: "https://app.example.com",
    });
    expect(directive(csp, "connect-src")).toEqual(
      expect.arrayContaining([
        "https://api.example.com",
        "wss://api.example.com",
        "wss://events.example.com",
        "https://app.example.com",
      ]),
    );
  });

  it("adds no platform origin when the platform is same-origin", () => {
    const connect = directive(buildContentSecurityPolicy({ ...base, platformUrl: "" }), "connect-src");
    expect(connect).toEqual(["'self'", "ws://acme.moleculesai.test:3000"]);
  });

  it("allows eval and inline styles only in development", () => {
    const dev = buildContentSecurityPolicy({ ...base, isDev: true });
    const prod = buildContentSecurityPolicy(base);
    expect(directive(dev, "script-src")).toContain("'unsafe-eval'");
    expect(directive(prod, "script-src")).not.toContain("'unsafe-eval'");
    expect(directive(prod, "style-src")).not.toContain("'unsafe-inline'");
  });

  it("upgrades insecure requests only on an https page", () => {
    expect(buildContentSecurityPolicy(base)).not.toContain("upgrade-insecure-requests");
    expect(buildContentSecurityPolicy({ ...base, pageOrigin: "https://acme.moleculesai.app" })).toContain(
      "upgrade-insecure-requests",
    );
  });
});
