/**
 * Agent URL rules (contract §4.5), pure: the URL text and the addresses a name resolved to are
 * judged against a policy; resolving is the caller's (agents/url-guard.ts). Loopback IP literals
 * are refused in every spelling the WHATWG parser or a resolver accepts (decimal, octal, hex,
 * short forms, IPv4-mapped IPv6): only a name (`localhost`) reaches loopback, and only in dev mode.
 */
export type UrlVerdict = { ok: true } | { ok: false; reason: string };

/** What a mode lets through: loopback (dev mode), RFC-1918 and fd00::/8 (SaaS, and dev outbound). */
export type UrlPolicy = { allowLoopback: boolean; allowPrivate: boolean };

/** The URL text passed: `name` is set when its host is a DNS name whose addresses must be checked too. */
export type UrlTextVerdict =
  { ok: true; url: URL; port: number; name: string | null } | { ok: false; reason: string };

type Kind = "public" | "private" | "loopback" | "blocked";

// First match wins.
const V4_RANGES: [string, number, Kind][] = [
  ["0.0.0.0", 8, "blocked"], // unspecified / "this network"
  ["127.0.0.0", 8, "loopback"],
  ["10.0.0.0", 8, "private"],
  ["172.16.0.0", 12, "private"],
  ["192.168.0.0", 16, "private"],
  ["169.254.0.0", 16, "blocked"], // link-local, cloud metadata
  ["192.0.2.0", 24, "blocked"], // TEST-NET-1
  ["198.51.100.0", 24, "blocked"], // TEST-NET-2
  ["203.0.113.0", 24, "blocked"], // TEST-NET-3
  ["100.64.0.0", 10, "blocked"], // carrier-grade NAT
  ["224.0.0.0", 4, "blocked"], // multicast
  ["240.0.0.0", 4, "blocked"], // reserved, broadcast
];

const V6_RANGES: [bigint, number, Kind][] = [
  [0n, 128, "blocked"], // ::
  [1n, 128, "loopback"], // ::1
  [0xfe80n << 112n, 10, "blocked"], // link-local
  [0xfd00n << 112n, 8, "private"], // fd00::/8, the IPv6 RFC-1918
  [0xfc00n << 112n, 7, "blocked"], // the rest of unique-local
  [0xff00n << 112n, 8, "blocked"], // multicast
  [0x20010db8n << 96n, 32, "blocked"], // documentation
];

const BLOCKED_NAMES = new Set(["metadata.google.internal", "metadata"]);

const allowed = (kind: Kind, policy: UrlPolicy): UrlVerdict => {
  if (kind === "public") return { ok: true };
  if (kind === "loopback" && policy.allowLoopback) return { ok: true };
  if (kind === "private" && policy.allowPrivate) return { ok: true };
  return { ok: false, reason: `${kind} address` };
};

/** Judges the URL text: scheme, IP literals (loopback literals never pass), names that mean loopback. */
export function checkAgentUrlText(raw: string, policy: UrlPolicy): UrlTextVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "not a URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, reason: "scheme not allowed" };
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  const host = normalHost(url.hostname);
  if (!host) return { ok: false, reason: "no host" };
  const ip = parseIp(host);
  if (ip) {
    const kind = kindOf(ip);
    if (kind === "loopback") return { ok: false, reason: "loopback IP literal" };
    const verdict = allowed(kind, policy);
    return verdict.ok ? { ok: true, url, port, name: null } : verdict;
  }
  if (host.startsWith("[")) return { ok: false, reason: "bad IPv6 literal" };
  if (BLOCKED_NAMES.has(host)) return { ok: false, reason: "metadata host" };
  if (host === "localhost" || host.endsWith(".localhost")) {
    const verdict = allowed("loopback", policy);
    if (!verdict.ok) return verdict;
  }
  return { ok: true, url, port, name: host };
}

/** The URL text alone (names are not resolved here). */
export function checkAgentUrl(raw: string, policy: UrlPolicy): UrlVerdict {
  const verdict = checkAgentUrlText(raw, policy);
  return verdict.ok ? { ok: true } : verdict;
}

/** One address a name resolved to, as `dns.lookup` spells it. */
export function checkAddress(address: string, policy: UrlPolicy): UrlVerdict {
  const ip = parseIp(address);
  if (!ip) return { ok: false, reason: "not an IP address" };
  return allowed(kindOf(ip), policy);
}

/** True for loopback in any spelling (also IPv4-mapped). */
export function isLoopbackAddress(address: string): boolean {
  const ip = parseIp(address);
  return ip !== null && kindOf(ip) === "loopback";
}

/** Whether two IP texts name the same address (`::ffff:10.0.0.1` is `10.0.0.1`), false if either is no IP. */
export function sameAddress(a: string, b: string): boolean {
  const x = parseIp(a);
  const y = parseIp(b);
  return x !== null && y !== null && x.v4 === y.v4 && x.n === y.n;
}

/** Lower-case, without the trailing dots a resolver ignores. */
export const normalHost = (host: string) => host.toLowerCase().replace(/\.+$/, "");

type Ip = { v4: boolean; n: bigint };

/** An IPv4 or bracketed/bare IPv6 text; IPv6 forms that carry an IPv4 address become that address. */
function parseIp(text: string): Ip | null {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  if (!bare.includes(":")) {
    const v4 = parseV4(bare);
    return v4 === null ? null : { v4: true, n: BigInt(v4) };
  }
  const addr = parseV6(bare.toLowerCase());
  if (addr === null) return null;
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96) carry an IPv4 address.
  const high = addr >> 32n;
  if (high === 0xffffn || (high === 0n && addr > 1n) || high === 0x64ff9b0000000000000000n)
    return { v4: true, n: addr & 0xffffffffn };
  return { v4: false, n: addr };
}

function kindOf(ip: Ip): Kind {
  if (ip.v4) {
    for (const [base, bits, kind] of V4_RANGES) {
      const shift = BigInt(32 - bits);
      if (ip.n >> shift === BigInt(parseV4(base)!) >> shift) return kind;
    }
    return "public";
  }
  for (const [base, bits, kind] of V6_RANGES) {
    const shift = BigInt(128 - bits);
    if (ip.n >> shift === base >> shift) return kind;
  }
  return "public";
}

/** Dotted IPv4 as URL parsers read it (1–4 parts, decimal/octal/hex), or null if not an IPv4 literal. */
function parseV4(host: string): number | null {
  const parts = host.split(".");
  if (parts.length > 4 || parts.some((p) => p === "")) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p, 8);
    else if (/^(0|[1-9][0-9]*)$/.test(p)) n = Number(p);
    else return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255) || last >= 256 ** (4 - nums.length)) return null;
  return nums.reduce((acc, n, i) => acc + n * 256 ** (3 - i), 0) + last;
}

function parseV6(text: string): bigint | null {
  let s = text.split("%")[0]!;
  const dotted = s.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const v4 = parseV4(dotted[2]!);
    if (v4 === null) return null;
    s = `${dotted[1]}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  let out = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
    out = (out << 16n) | BigInt(parseInt(g, 16));
  }
  return out;
}
