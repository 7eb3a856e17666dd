import { ORG_SLUG_PATTERN, RESERVED_ORG_SLUGS } from "@/lib/contract/control-plane";

/** What is wrong with a slug as typed, in words, or null when the control plane would accept its shape. */
export function slugProblem(slug: string): string | null {
  if (slug === "") return null;
  if (!/^[a-z]/.test(slug)) return "Start with a letter.";
  if (/[^a-z0-9-]/.test(slug)) return "Use only lowercase letters, digits and hyphens.";
  if (slug.length < 3) return "Use at least 3 characters.";
  if (!ORG_SLUG_PATTERN.test(slug)) return "Use at most 32 characters.";
  if (slug.endsWith("-") || slug.includes("--")) return "No trailing or double hyphens.";
  if (RESERVED_ORG_SLUGS.has(slug)) return `“${slug}” is reserved. Pick another name.`;
  return null;
}

/** What the slug field shows as the user types: lowercase, spaces as hyphens. */
export const normaliseSlugInput = (raw: string) => raw.toLowerCase().replace(/\s/g, "-");
