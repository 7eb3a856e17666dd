import { ORG_SLUG_PATTERN, RESERVED_ORG_SLUGS } from "@/lib/contract/control-plane";

export type SlugVerdict = { ok: true; slug: string } | { ok: false; reason: "invalid" | "reserved" };

/** Checks a requested org slug: the shared pattern, no trailing or double hyphens, not reserved. */
export function checkOrgSlug(raw: unknown): SlugVerdict {
  if (typeof raw !== "string") return { ok: false, reason: "invalid" };
  if (!ORG_SLUG_PATTERN.test(raw) || raw.endsWith("-") || raw.includes("--"))
    return { ok: false, reason: "invalid" };
  if (RESERVED_ORG_SLUGS.has(raw)) return { ok: false, reason: "reserved" };
  return { ok: true, slug: raw };
}

/**
 * The tenant slug a Host names under the SaaS apex (`acme.<apex>[:port]` → `acme`), or null for
 * the apex itself, reserved hosts, multi-label prefixes and hosts off the apex.
 */
export function slugFromHost(host: string | undefined, apex: string): string | null {
  if (!host) return null;
  const name = host.toLowerCase().replace(/:\d+$/, "");
  if (!name.endsWith(`.${apex}`)) return null;
  const verdict = checkOrgSlug(name.slice(0, -apex.length - 1));
  return verdict.ok ? verdict.slug : null;
}
