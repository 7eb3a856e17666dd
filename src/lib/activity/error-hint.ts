import type { ActivityRow } from "@/lib/contract";

const HINTS: [RegExp, string][] = [
  [/budget/i, "The workspace hit its budget limit. Raise the budget on the Budget tab."],
  [/unreachable|failed to reach|restart/i, "The agent did not answer. Restart it if it stays offline."],
  [/hierarchy|access denied/i, "Only parents, children and siblings may talk to each other."],
  [
    /timeout|timed out|no answer in time/i,
    "The agent took too long. It may be overloaded; try a smaller task.",
  ],
  [/busy|queued/i, "The agent was busy; the call waits in its queue."],
  [/no URL|provisioning/i, "The agent was not running yet. Wait until the workspace is online."],
  [/not publicly routable/i, "The agent's URL is blocked by the platform's network rules."],
];

/** A next step for a failed row, from its error text; null when nothing useful can be said. */
export function errorHint(row: Pick<ActivityRow, "error_detail" | "summary">): string | null {
  const text = `${row.error_detail ?? ""} ${row.summary ?? ""}`;
  return HINTS.find(([re]) => re.test(text))?.[1] ?? null;
}

/** Body preview limit: bigger bodies are cut, so one huge reply cannot freeze the tab. */
export const MAX_BODY_CHARS = 8_000;

/** Pretty JSON of a row body, cut at {@link MAX_BODY_CHARS} with a note of how much was left out. */
export function prettyBody(body: unknown, max = MAX_BODY_CHARS): { text: string; isCut: boolean } {
  let text: string;
  try {
    text = typeof body === "string" ? body : (JSON.stringify(body, null, 2) ?? String(body));
  } catch {
    text = String(body);
  }
  if (text.length <= max) return { text, isCut: false };
  return { text: `${text.slice(0, max)}\n… ${text.length - max} more characters`, isCut: true };
}
