import { orgSlugProblem } from "@/lib/contract/control-plane";

/**
 * The tenant slug a Host names under the SaaS apex (`acme.<apex>[:port]` → `acme`), or null for
 * the apex itself, reserved hosts, multi-label prefixes and hosts off the apex.
 */
export function slugFromHost(host: string | undefined, apex: string): string | null {
  if (!host) return null;
  const name = host.toLowerCase().replace(/:\d+$/, "");
  if (!name.endsWith(`.${apex}`)) return null;
  const slug = name.slice(0, -apex.length - 1);
  return orgSlugProblem(slug) === null ? slug : null;
}
