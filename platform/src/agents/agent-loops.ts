import type { Ctx } from "../context";
import { listOrgIds } from "../db/orgs";
import { staleAgents } from "../db/registry";
import { drainAllQueues } from "./a2a-drain";
import { autoRestart, markOffline } from "./auto-restart";

/** Runs `fn` per row so one bad row is logged and every other row is still served. */
async function eachRow<T extends { id: string }>(
  ctx: Ctx,
  loop: string,
  rows: T[],
  fn: (row: T) => Promise<void>,
) {
  for (const row of rows)
    await fn(row).catch((err) => ctx.log.error(`${loop}: workspace ${row.id} failed`, err));
}

/**
 * The supervised loops that watch agents: heartbeat expiry (→ offline → auto-restart) and the
 * busy-queue drain. (The provisioning timeout sweep lives in lifecycle/provision-timeout.ts.)
 */
export function startAgentLoops(ctx: Ctx): void {
  const s = ctx.config.agents;
  ctx.supervisor.start({
    name: "liveness-sweep",
    intervalMs: s.sweepMs,
    tick: async () => {
      for (const orgId of await listOrgIds(ctx.db.pg)) {
        await eachRow(
          ctx,
          "liveness-sweep",
          await staleAgents(ctx.db.pg, orgId, s.livenessTtlSeconds),
          async (rec) => {
            await markOffline(ctx, orgId, rec);
            await autoRestart(ctx, orgId, rec.id);
          },
        );
      }
    },
  });
  ctx.supervisor.start({
    name: "a2a-queue-drain",
    intervalMs: s.queueDrainMs,
    tick: () => drainAllQueues(ctx),
  });
}
