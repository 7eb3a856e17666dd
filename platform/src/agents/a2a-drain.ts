import { isReachable } from "@/lib/contract";
import type { Ctx } from "../context";
import { oldestQueuedCall, settleQueuedCall, workspacesWithQueuedCalls } from "../db/a2a-queue";
import { getWorkspace } from "../db/workspaces";
import { failureBody } from "./a2a-outcome";
import { deliver } from "./a2a-proxy";
import { finishDelegation } from "./delegations";

/** A queued call that stays busy this many drains is given up (failed) instead of retried forever. */
const MAX_ATTEMPTS = 5;

const draining = new Set<string>();

/**
 * Dispatches one workspace's queued calls, oldest first, until the agent is busy again.
 * Single-flight per workspace, so a heartbeat and the loop never deliver a call twice.
 */
export async function drainQueueFor(ctx: Ctx, orgId: string, workspaceId: string): Promise<void> {
  if (draining.has(workspaceId)) return;
  draining.add(workspaceId);
  try {
    for (;;) {
      const row = await oldestQueuedCall(ctx.db.pg, orgId, workspaceId);
      const target = await getWorkspace(ctx.db.pg, orgId, workspaceId);
      if (!row || !target) return;
      if (!target.url || !isReachable(target.status)) return;
      const out = await deliver(ctx, orgId, target, row.caller_id, row.body, null);
      const attempts = row.attempts + 1;
      if (out.kind === "busy") {
        const status = attempts >= MAX_ATTEMPTS ? "failed" : "queued";
        await settleQueuedCall(ctx.db.pg, orgId, row.id, attempts, status);
        if (status === "failed" && row.delegation_id && row.caller_id) {
          await finishDelegation(ctx, orgId, row.caller_id, row.delegation_id, {
            ok: false,
            error: "agent stayed busy",
          });
        }
        if (status === "queued") return;
        continue;
      }
      await settleQueuedCall(ctx.db.pg, orgId, row.id, attempts, "done");
      if (row.delegation_id && row.caller_id) {
        await finishDelegation(
          ctx,
          orgId,
          row.caller_id,
          row.delegation_id,
          out.kind === "delivered"
            ? { ok: true, response: out.body, via: "queue_drain" }
            : { ok: false, error: failureBody(out).error },
        );
      }
    }
  } finally {
    draining.delete(workspaceId);
  }
}

/** One tick of the drain loop: every workspace with queued calls. A bad row never stops the others. */
export async function drainAllQueues(ctx: Ctx): Promise<void> {
  const rows = await workspacesWithQueuedCalls(ctx.db.pg);
  await Promise.all(
    rows.map((row) =>
      drainQueueFor(ctx, row.org_id, row.workspace_id).catch((err) =>
        ctx.log.error(`draining ${row.workspace_id} failed`, err),
      ),
    ),
  );
}
