import type { PlatformClient } from "./platform-client";
import { isDelegatedPart, preview } from "./replies";

/** Tasks a lead asks a human about first: explicitly marked, or deploy-like. */
const APPROVAL_MARKER = /\[approval\]|\bdeploy(s|ing|ment)?\b/i;

/** Only the lead that received the task from a human asks; the teams it splits it for do not. */
export const needsApproval = (task: string) => !isDelegatedPart(task) && APPROVAL_MARKER.test(task);

export type ApprovalOutcome = { approved: boolean; decidedBy: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Raises an approval for the task and waits for a human's decision by polling the agent's own
 * approvals list (agent-side; the browser never polls). Gives up as denied at the deadline,
 * as the platform itself auto-expires pending approvals after 10 minutes.
 */
export async function awaitApproval(
  client: PlatformClient,
  task: string,
  opts: { pollMs: number; timeoutMs: number; onWaiting?: (action: string) => void },
): Promise<ApprovalOutcome> {
  const action = `Run: ${preview(task, 120)}`;
  const id = await client.requestApproval(action, "The task includes a step that needs human sign-off.");
  opts.onWaiting?.(action);
  const deadline = Date.now() + opts.timeoutMs;
  while (Date.now() < deadline) {
    await sleep(opts.pollMs);
    const rows = await client.approvals().catch(() => []);
    const row = rows.find((r) => r.id === id);
    if (row && row.status !== "pending") {
      return { approved: row.status === "approved", decidedBy: row.decided_by ?? "someone" };
    }
  }
  return { approved: false, decidedBy: "timeout" };
}
