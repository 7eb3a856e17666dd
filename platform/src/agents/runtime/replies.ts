/**
 * Deterministic, role-flavoured text for the local runtimes: the same task to the same agent
 * always gives the same answer, so demos and tests are reproducible without an LLM.
 */
export type Persona = { name: string; role: string };

const FLAVOURS: [RegExp, string][] = [
  [/research|analy|data|insight/i, "compared three sources and summarised what they agree on"],
  [/front|ui|ux|design/i, "sketched the screen states and checked them against the design system"],
  [/back|api|engineer|develop|platform|infra/i, "drafted the change, wired it up and ran the test suite"],
  [/qa|test|quality/i, "wrote the test cases and ran them; no regressions found"],
  [/market|content|writ|copy|brand|growth/i, "drafted the copy in two tones and picked the clearer one"],
  [/ops|sre|devops|deploy|security/i, "checked the pipeline, alerts and rollback path"],
  [/sales|customer|support|success/i, "reviewed the accounts involved and noted the follow-ups"],
  [
    /product|pm|manager|lead|chief|head|director/i,
    "weighed the options against the goals and set priorities",
  ],
];

const OPENERS = ["Done", "Finished", "Completed", "Wrapped up"];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export const preview = (text: string, max = 80) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function flavourOf(role: string): string {
  return FLAVOURS.find(([re]) => re.test(role))?.[1] ?? "worked through it step by step";
}

const PART_MARKER = "\n\nYour part";

/** A task a lead handed down: approvals were settled by whoever split it. */
export const isDelegatedPart = (text: string) => text.includes(PART_MARKER);

/** The task without a lead's "your part" framing, so nested teams keep quoting the original ask. */
export const coreTask = (text: string) => text.split(PART_MARKER)[0]!;

/** A worker's answer to one task. */
export function workerReply(p: Persona, task: string): string {
  const h = hash(`${p.name}\n${task}`);
  const opener = OPENERS[h % OPENERS.length];
  const checks = 2 + (h % 5);
  return `${opener}: "${preview(coreTask(task), 60)}". As ${p.role || "an agent"} I ${flavourOf(p.role)} (${checks} checks, all green).`;
}

/** What a lead asks one child to do for its part of the task. */
export function subtaskFor(task: string, child: Persona, index: number, total: number): string {
  return `${coreTask(task)}${PART_MARKER} (${index + 1}/${total}, ${child.name}): ${focusOf(child.role)}.`;
}

function focusOf(role: string): string {
  if (/research|analy|data/i.test(role)) return "gather the facts and numbers we need";
  if (/front|ui|ux|design/i.test(role)) return "shape how it looks and feels";
  if (/back|api|engineer|develop|platform|infra/i.test(role)) return "build and test the technical side";
  if (/qa|test|quality/i.test(role)) return "verify it works and find the gaps";
  if (/market|content|writ|copy|brand|growth/i.test(role)) return "write what we tell people";
  if (/ops|sre|devops|deploy|security/i.test(role)) return "make it safe to ship and run";
  return `handle the ${role || "general"} angle`;
}

/** A lead's combined answer from its children's results. */
export function combineReplies(
  lead: Persona,
  task: string,
  results: { name: string; ok: boolean; text: string }[],
): string {
  const lines = results.map(
    (r) => `- ${r.name}: ${r.ok ? preview(r.text, 160) : `failed (${preview(r.text, 80)})`}`,
  );
  const okCount = results.filter((r) => r.ok).length;
  return [
    `${lead.name} on "${preview(coreTask(task), 60)}": ${okCount}/${results.length} parts done.`,
    ...lines,
  ].join("\n");
}

type Skill = { id: string; name: string; description: string; tags: string[] };

/** Template skills handed over in `AGENT_SKILLS` (JSON); null when absent or unusable. */
export function skillsFrom(json: string | undefined): Skill[] | null {
  if (!json) return null;
  try {
    const raw: unknown = JSON.parse(json);
    if (!Array.isArray(raw) || raw.length === 0) return null;
    return raw.map((s: unknown, i) => {
      const o = (typeof s === "object" && s ? s : { name: String(s) }) as Partial<Skill>;
      const name = String(o.name ?? o.id ?? `skill-${i + 1}`);
      return {
        id: String(o.id ?? name.toLowerCase().replace(/\W+/g, "-")),
        name,
        description: String(o.description ?? ""),
        tags: Array.isArray(o.tags) ? o.tags.map(String) : [],
      };
    });
  } catch {
    return null;
  }
}

const UNSAFE_DEMO_MARKER = "[unsafe-demo]";

/** A task marked to exercise the canvas's markdown sanitising with hostile agent output. */
export const isUnsafeDemo = (task: string) => task.includes(UNSAFE_DEMO_MARKER);

/** Raw HTML with an event handler, a `javascript:` link and a script tag: all must render inert. */
export const UNSAFE_DEMO_REPLY = [
  "Here is the report.",
  "",
  "<img src=x onerror=\"document.title='pwned'\">",
  "",
  "[Open the dashboard](javascript:document.title='pwned')",
  "",
  "<script>document.title='pwned'</script>",
].join("\n");
