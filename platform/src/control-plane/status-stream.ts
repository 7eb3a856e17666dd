import type { FastifyReply, FastifyRequest } from "fastify";
import type { Ctx } from "../context";
import { getUserOrg } from "../db/orgs";
import { provisionStatus } from "./provision-status";

const TICK_MS = 500;
const SETTLED = new Set(["running", "failed"]);

/**
 * `GET /cp/orgs/:slug/provision-status/stream` (ARCHITECTURE §4): Server-Sent Events of the
 * status object, sent whenever it changes, closed once the org settles or disappears.
 */
export function streamProvisionStatus(
  ctx: Ctx,
  req: FastifyRequest,
  reply: FastifyReply,
  slug: string,
  userId: string,
) {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    "X-Content-Type-Options": "nosniff",
  });
  let last = "";
  let closed = false;
  const stop = () => {
    closed = true;
    clearInterval(timer);
    res.end();
  };
  const tick = async () => {
    const org = await getUserOrg(ctx.db.pg, slug, userId);
    if (closed) return;
    if (!org) {
      res.write("event: gone\ndata: {}\n\n");
      return stop();
    }
    const text = JSON.stringify(await provisionStatus(ctx, org));
    if (closed) return;
    if (text !== last) res.write(`data: ${text}\n\n`);
    last = text;
    if (SETTLED.has(org.status)) stop();
  };
  const run = () =>
    void tick().catch((err) => {
      ctx.log.warn("provision-status stream failed", err);
      if (!closed) stop();
    });
  const timer = setInterval(run, TICK_MS);
  run();
  req.raw.on("close", () => {
    closed = true;
    clearInterval(timer);
  });
}
