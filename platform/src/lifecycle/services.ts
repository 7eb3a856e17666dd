import type { Ctx } from "../context";
import { seedDemoOrg } from "../demo/seed";
import { stopBackground } from "./background";
import { startProvisionTimeoutLoop } from "./provision-timeout";

/** Tenant-side start-up after routes register: the demo seed and the provisioning-timeout sweep. */
export async function startTenantServices(ctx: Ctx): Promise<void> {
  startProvisionTimeoutLoop(ctx);
  await seedDemoOrg(ctx).catch((err) => ctx.log.error("demo seed failed", err));
}

/** Stops background provisioning work before agents are stopped, so none start after. */
export const stopTenantServices = (ctx: Ctx) => stopBackground(ctx);
