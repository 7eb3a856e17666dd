import { describe, expect, it } from "vitest";
import { checkAddress, checkAgentUrl, checkAgentUrlText, type UrlPolicy } from "./ssrf";

const PRODUCTION: UrlPolicy = { allowLoopback: false, allowPrivate: false };
const SAAS: UrlPolicy = { allowLoopback: false, allowPrivate: true };
const DEV_REGISTER: UrlPolicy = { allowLoopback: true, allowPrivate: false };
const DEV_OUTBOUND: UrlPolicy = { allowLoopback: true, allowPrivate: true };
const POLICIES = { PRODUCTION, SAAS, DEV_REGISTER, DEV_OUTBOUND };
const EVERY_POLICY = Object.entries(POLICIES);

/** Refused whatever the mode: loopback literals in every spelling, and the always-blocked ranges. */
const ALWAYS_REFUSED = [
  "http://169.254.169.254/latest/meta-data",
  "http://169.254.0.1:8080",
  "http://127.0.0.1:8000",
  "http://127.255.255.254",
  "http://127.0.0.1.:8000",
  "http://127.1:8000",
  "http://2130706433/",
  "http://0177.0.0.1/",
  "http://0x7f.0.0.1/",
  "http://0x7f000001/",
  "http://017700000001/",
  "http://[::1]:8000",
  "http://[0:0:0:0:0:0:0:1]/",
  "http://[::]/",
  "http://0.0.0.0:8000",
  "http://0/",
  "http://[::ffff:127.0.0.1]/",
  "http://[::ffff:7f00:1]/",
  "http://[0:0:0:0:0:ffff:7f00:1]/",
  "http://[::ffff:169.254.169.254]/",
  "http://[64:ff9b::7f00:1]/",
  "http://[fe80::1]/",
  "http://[febf::1]/",
  "http://[fc00::1]/",
  "http://[fcff:ffff::1]/",
  "http://[ff02::1]/",
  "http://[2001:db8::1]/",
  "http://192.0.2.10/",
  "http://198.51.100.7/",
  "http://203.0.113.99/",
  "http://100.64.0.1/",
  "http://100.127.255.255/",
  "http://224.0.0.1/",
  "http://239.255.255.250/",
  "http://255.255.255.255/",
  "http://metadata.google.internal/",
  "http://metadata/",
  "ftp://example.com/agent",
  "file:///etc/passwd",
  "javascript:alert(1)",
  "not a url",
  "http://[::1/",
];

/** RFC-1918 and fd00::/8 in their spellings: only where the policy allows private networks. */
const PRIVATE = [
  "http://10.0.0.5:8000",
  "http://10.255.255.255/",
  "http://012.0.0.1/",
  "http://0xa000001/",
  "http://167772161/",
  "http://172.16.4.2:8000",
  "http://172.31.255.255/",
  "http://192.168.1.20:8000",
  "http://192.168.0.1./",
  "http://[fd12:3456::1]:8000",
  "http://[fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]/",
  "http://[::ffff:10.0.0.1]/",
  "http://[::ffff:c0a8:101]/",
];

/** Names that mean this machine: only where loopback is allowed (dev mode). */
const LOOPBACK_NAMES = [
  "http://localhost:8123",
  "http://localhost.:8123",
  "http://LOCALHOST:8123/",
  "http://agent.localhost:8123/",
];

const PUBLIC = [
  "https://agent.example.com/a2a",
  "http://8.8.8.8/",
  "http://172.15.255.255/",
  "http://172.32.0.1/",
  "http://192.169.0.1/",
  "http://11.0.0.1/",
  "http://100.128.0.1/",
  "http://[2606:4700::1111]/",
  "http://[fe00::1]/",
];

describe("checkAgentUrl", () => {
  describe.each(EVERY_POLICY)("under the %s policy", (_name, policy) => {
    it.each(ALWAYS_REFUSED)("refuses %s", (url) => {
      expect(checkAgentUrl(url, policy).ok).toBe(false);
    });
    it.each(PUBLIC)("allows %s", (url) => {
      expect(checkAgentUrl(url, policy)).toEqual({ ok: true });
    });
    it.each(PRIVATE)("allows %s only if private networks are allowed", (url) => {
      expect(checkAgentUrl(url, policy).ok).toBe(policy.allowPrivate);
    });
    it.each(LOOPBACK_NAMES)("allows %s only if loopback is allowed", (url) => {
      expect(checkAgentUrl(url, policy).ok).toBe(policy.allowLoopback);
    });
  });

  it("hands back the name to resolve (none for an IP literal) and the effective port", () => {
    expect(checkAgentUrlText("https://Agent.Example.com./a2a", PRODUCTION)).toMatchObject({
      ok: true,
      name: "agent.example.com",
      port: 443,
    });
    expect(checkAgentUrlText("http://8.8.8.8:9000/", PRODUCTION)).toMatchObject({
      ok: true,
      name: null,
      port: 9000,
    });
    expect(checkAgentUrlText("http://[2606:4700::1111]/", PRODUCTION)).toMatchObject({
      name: null,
      port: 80,
    });
  });
});

describe("checkAddress (what a name resolved to)", () => {
  const cases: [string, "loopback" | "private" | "blocked" | "public"][] = [
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["10.0.0.1", "private"],
    ["172.20.1.1", "private"],
    ["192.168.10.10", "private"],
    ["fd00::1", "private"],
    ["::ffff:192.168.1.1", "private"],
    ["169.254.169.254", "blocked"],
    ["0.0.0.0", "blocked"],
    ["::", "blocked"],
    ["fe80::1%eth0", "blocked"],
    ["fc00::1", "blocked"],
    ["ff02::1", "blocked"],
    ["100.64.1.1", "blocked"],
    ["192.0.2.1", "blocked"],
    ["2001:db8::5", "blocked"],
    ["224.0.0.251", "blocked"],
    ["8.8.8.8", "public"],
    ["2606:4700::1111", "public"],
  ];
  it.each(cases)("%s is %s", (address, kind) => {
    for (const policy of Object.values(POLICIES)) {
      const want =
        kind === "public" ||
        (kind === "loopback" && policy.allowLoopback) ||
        (kind === "private" && policy.allowPrivate);
      expect(checkAddress(address, policy).ok).toBe(want);
    }
  });
  it("refuses what is not an IP address", () => {
    expect(checkAddress("example.com", DEV_OUTBOUND).ok).toBe(false);
    expect(checkAddress("", DEV_OUTBOUND).ok).toBe(false);
  });
});
