import type { Ctx } from "../context";
import { listOrgIds } from "../db/orgs";
import { agentsToResume, hasPausedAncestor } from "../db/registry";
import { restartWorkspace } from "../lifecycle/provision";

/**
 * Local agents die with the platform process, so rows left `online` (or mid-provisioning) by the
 * previous run would lie until heartbeat expiry. At start-up they are provisioned again instead.
 */
export async function resumeLocalAgents(ctx: Ctx): Promise<number> {
  if (!ctx.provisioner.available) return 0;
  let count = 0;
  for (const orgId of await listOrgIds(ctx.db.pg)) {
    for (const id of await agentsToResume(ctx.db.pg, orgId)) {
      try {
        if (await hasPausedAncestor(ctx.db.pg, orgId, id)) continue;
        await restartWorkspace(ctx, orgId, id);
        count += 1;
      } catch (err) {
        ctx.log.warn(`resuming the agent of ${id} failed`, err);
      }
    }
  }
  if (count > 0) ctx.log.info(`restarting ${count} local agent(s) from the previous run`);
  return count;
}
