import { describe, expect, it } from "vitest";
import { checkAgentUrl } from "./ssrf";

const REJECTED = [
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
  "http://[fc00::1]/",
  "http://[ff02::1]/",
  "http://[2001:db8::1]/",
  "http://192.0.2.10/",
  "http://198.51.100.7/",
  "http://203.0.113.99/",
  "http://100.64.0.1/",
  "http://224.0.0.1/",
  "http://255.255.255.255/",
  "http://metadata.google.internal/",
  "ftp://example.com/agent",
  "file:///etc/passwd",
  "javascript:alert(1)",
  "not a url",
];

const ALLOWED = [
  "http://localhost:8123",
  "http://localhost.:8123",
  "https://agent.example.com/a2a",
  "http://10.0.0.5:8000",
  "http://172.16.4.2:8000",
  "http://192.168.1.20:8000",
  "http://[fd12:3456::1]:8000",
  "http://[2606:4700::1111]/",
  "http://8.8.8.8/",
];

describe("checkAgentUrl", () => {
  it.each(REJECTED)("rejects %s", (url) => {
    expect(checkAgentUrl(url).ok).toBe(false);
  });
  it.each(ALLOWED)("allows %s", (url) => {
    expect(checkAgentUrl(url)).toEqual({ ok: true });
  });
});
