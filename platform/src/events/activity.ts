import type { ActivityRow } from "@/lib/contract";
import type { Ctx } from "../context";
import { insertActivity, type NewActivity } from "../db/activity";

/**
 * The shared activity logger: writes the row and, when `announce`, broadcasts ACTIVITY_LOGGED
 * (contract §6.2 says which writers announce: the proxy and agents' self-reports do, delegation does not).
 */
export async function logActivity(
  ctx: Pick<Ctx, "db" | "events">,
  orgId: string,
  row: NewActivity,
  opts: { announce: boolean },
): Promise<ActivityRow> {
  const saved = await insertActivity(ctx.db.pg, orgId, row);
  if (opts.announce) {
    await ctx.events.publish(orgId, "ACTIVITY_LOGGED", saved.workspace_id, {
      activity_type: saved.activity_type,
      method: saved.method,
      summary: saved.summary,
      status: saved.status,
      source_id: saved.source_id,
      target_id: saved.target_id,
      duration_ms: saved.duration_ms,
      ...(saved.tool_trace !== undefined ? { tool_trace: saved.tool_trace } : {}),
    });
  }
  return saved;
}
