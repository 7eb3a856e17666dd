import type { Ctx } from "../context";
import { proxyA2A } from "../agents/a2a-proxy";
import { demoLead } from "../db/registry";

/** Tasks a product org really gets; the lead splits each across its teams. */
const TASKS = [
  "Plan the launch of the new pricing page for next Tuesday",
  "Find out why sign-ups dropped 12% last week and propose fixes",
  "Prepare the Q3 roadmap review for the leadership meeting",
  "Draft the release notes for version 2.4 and check they match what shipped",
  "Audit the onboarding flow for accessibility issues",
  "Estimate the cost of moving the analytics pipeline to streaming",
  "Write a customer-facing summary of yesterday's incident",
  "Design an A/B test for the new checkout button",
];

/**
 * `MOLECULE_DEMO=on`: every few seconds the demo org's lead gets a task through the same proxy
 * path the canvas uses, so delegations, activity and the topology overlay are real traffic.
 */
export function startDemoDriver(ctx: Ctx): void {
  if (ctx.config.demo !== "on") return;
  let next = 0;
  ctx.supervisor.start({
    name: "demo-driver",
    intervalMs: ctx.config.agents.demoIntervalMs,
    tick: async () => {
      const lead = await demoLead(ctx.db.pg, ctx.defaultOrgId);
      if (!lead) return;
      const text = TASKS[next++ % TASKS.length]!;
      const body = JSON.stringify({
        method: "message/send",
        params: { message: { role: "user", parts: [{ kind: "text", text }] } },
      });
      await proxyA2A(ctx, { orgId: ctx.defaultOrgId, targetId: lead.id, callerId: null, body, bearer: null });
    },
  });
}
