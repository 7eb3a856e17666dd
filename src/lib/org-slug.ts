import { orgSlugProblem, type OrgSlugProblem } from "@/lib/contract/control-plane";

const PROBLEM_WORDS: Record<OrgSlugProblem, (slug: string) => string> = {
  not_letter_first: () => "Start with a letter.",
  bad_characters: () => "Use only lowercase letters, digits and hyphens.",
  too_short: () => "Use at least 3 characters.",
  too_long: () => "Use at most 32 characters.",
  bad_hyphens: () => "No trailing or double hyphens.",
  reserved: (slug) => `“${slug}” is reserved. Pick another name.`,
};

/** What is wrong with a slug as typed, in words, or null when the control plane would accept it. */
export function slugProblem(slug: string): string | null {
  if (slug === "") return null; // nothing typed yet: no complaint
  const problem = orgSlugProblem(slug);
  return problem && PROBLEM_WORDS[problem](slug);
}

/** What the slug field shows as the user types: lowercase, spaces as hyphens. */
export const normaliseSlugInput = (raw: string) => raw.toLowerCase().replace(/\s/g, "-");
