import { askLlm, type LlmConfig } from "./llm";
import { awaitApproval, needsApproval } from "./approval-gate";
import type { PlatformClient } from "./platform-client";
import {
  combineReplies,
  isUnsafeDemo,
  preview,
  subtaskFor,
  UNSAFE_DEMO_REPLY,
  workerReply,
  type Persona,
} from "./replies";
import type { Progress } from "./stream-executor";

export type TaskState = { active: number; current: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The local runtime's behaviour: an agent with children acts as a team lead (splits the task,
 * delegates one part per child through the platform, waits, combines); without, it is a worker.
 */
export function createBehaviour(opts: {
  persona: Persona;
  client: PlatformClient;
  workMs: number;
  /** Optional OpenAI-compatible endpoint for workers; any failure falls back to the deterministic reply. */
  llm: LlmConfig | null;
  delegationTimeoutMs: number;
  approvalPollMs?: number;
  approvalTimeoutMs?: number;
  onTaskChange: (state: TaskState) => void;
}) {
  const state: TaskState = { active: 0, current: "" };
  const { persona, client } = opts;

  async function lead(
    task: string,
    children: Awaited<ReturnType<PlatformClient["children"]>>,
    progress: Progress,
  ) {
    const sent = await Promise.all(
      children.map(async (c, i) => {
        const who = { name: c.name, role: c.role ?? "" };
        try {
          const id = await client.delegate(c.id, subtaskFor(task, who, i, children.length));
          progress(`Asked ${c.name} for ${preview(task, 60)}`);
          return { name: c.name, id };
        } catch (err) {
          return { name: c.name, id: null, error: String(err) };
        }
      }),
    );
    const pending = new Map(sent.filter((s) => s.id).map((s) => [s.id!, s.name]));
    const results = sent
      .filter((s) => !s.id)
      .map((s) => ({ name: s.name, ok: false, text: s.error ?? "not sent" }));
    const deadline = Date.now() + opts.delegationTimeoutMs;
    // Backs off from 100 ms to 1 s: quick answers are seen at once, long waits cost ~1 request/s.
    let poll = 50;
    while (pending.size > 0 && Date.now() < deadline) {
      poll = Math.min(poll * 2, 1000);
      await sleep(poll);
      const rows = await client.delegationResults().catch(() => []);
      for (const row of rows) {
        const name = row.delegation_id && pending.get(row.delegation_id);
        if (
          !name ||
          row.type !== "delegate_result" ||
          (row.status !== "completed" && row.status !== "failed")
        )
          continue;
        pending.delete(row.delegation_id!);
        progress(row.status === "completed" ? `${name} answered` : `${name} failed`);
        results.push({ name, ok: row.status === "completed", text: row.response_preview ?? row.error ?? "" });
      }
    }
    for (const name of pending.values()) results.push({ name, ok: false, text: "no answer in time" });
    return combineReplies(persona, task, results);
  }

  return {
    state,
    async answer(text: string, progress: Progress = () => {}): Promise<string> {
      state.active += 1;
      state.current = preview(text, 120);
      opts.onTaskChange(state);
      void client.report("task_update", `Working on: ${preview(text, 100)}`);
      try {
        if (isUnsafeDemo(text)) return UNSAFE_DEMO_REPLY;
        const children = await client.children().catch(() => []);
        if (children.length === 0) {
          const llmReply = opts.llm ? await askLlm(opts.llm, persona, text) : null;
          if (llmReply) return llmReply;
          await sleep(opts.workMs);
          return workerReply(persona, text);
        }
        if (needsApproval(text)) {
          const decision = await awaitApproval(client, text, {
            pollMs: opts.approvalPollMs ?? 1000,
            timeoutMs: opts.approvalTimeoutMs ?? 10 * 60_000,
            onWaiting: (action) => progress(`Waiting for approval: ${action}`),
          });
          if (!decision.approved) {
            return `${persona.name} stopped: the approval for "${preview(text, 60)}" was denied by ${decision.decidedBy}.`;
          }
          progress(`Approved by ${decision.decidedBy}; continuing`);
        }
        return await lead(text, children, progress);
      } finally {
        state.active -= 1;
        if (state.active === 0) state.current = "";
        opts.onTaskChange(state);
      }
    },
  };
}
