/**
 * Agent URL guard (contract §4.5). Pure: judges the URL text only. The hostname `localhost`
 * stays allowed because local agents live there; loopback *IP literals* are refused in every
 * spelling the WHATWG parser or a resolver would accept (decimal, octal, hex, short forms,
 * IPv4-mapped IPv6), so a registered URL cannot smuggle the host's own services in.
 */
export type UrlVerdict = { ok: true } | { ok: false; reason: string };

const V4_BLOCKED: [string, number][] = [
  ["0.0.0.0", 8], // unspecified / "this network"
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["192.0.2.0", 24], // TEST-NET-1
  ["198.51.100.0", 24], // TEST-NET-2
  ["203.0.113.0", 24], // TEST-NET-3
  ["100.64.0.0", 10], // carrier-grade NAT
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

const V6_BLOCKED: [bigint, number][] = [
  [0n, 128], // ::
  [1n, 128], // ::1
  [0xfe80n << 112n, 10], // link-local
  [0xfc00n << 112n, 8], // unique-local fc00::/8 (fd00::/8, the IPv6 RFC-1918, stays allowed)
  [0xff00n << 112n, 8], // multicast
  [0x20010db8n << 96n, 32], // documentation
];

const BLOCKED_NAMES = new Set(["metadata.google.internal", "metadata"]);

export function checkAgentUrl(raw: string): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "not a URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, reason: "scheme not allowed" };
  const host = url.hostname.toLowerCase().replace(/\.+$/, "");
  if (!host) return { ok: false, reason: "no host" };
  if (host.startsWith("[")) return checkV6(host.slice(1, -1));
  const v4 = parseV4(host);
  if (v4 !== null) return checkV4(v4);
  if (BLOCKED_NAMES.has(host)) return { ok: false, reason: "metadata host" };
  return { ok: true };
}

function checkV4(addr: number): UrlVerdict {
  for (const [base, bits] of V4_BLOCKED) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((addr & mask) >>> 0 === (parseV4(base)! & mask) >>> 0)
      return { ok: false, reason: `blocked range ${base}/${bits}` };
  }
  return { ok: true };
}

function checkV6(text: string): UrlVerdict {
  const addr = parseV6(text);
  if (addr === null) return { ok: false, reason: "bad IPv6 literal" };
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96) carry an IPv4 address.
  const high = addr >> 32n;
  if (high === 0xffffn || (high === 0n && addr > 1n) || high === 0x64ff9b0000000000000000n) {
    return checkV4(Number(addr & 0xffffffffn));
  }
  for (const [base, bits] of V6_BLOCKED) {
    const shift = BigInt(128 - bits);
    if (addr >> shift === base >> shift) return { ok: false, reason: "blocked IPv6 range" };
  }
  return { ok: true };
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
