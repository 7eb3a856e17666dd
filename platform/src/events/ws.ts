import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Ctx } from "../context";
import { hasLiveToken, workspaceForToken } from "../db/tokens";
import { canCommunicate } from "../domain/hierarchy";
import { orgOf } from "../http/auth";
import { HttpError, isUuid } from "../http/errors";
import { boundedSender } from "./bounded-sender";
import type { WireEvent } from "./bus";

/** Frames a slow client may have in flight before new ones are dropped (contract §3.1). */
export const CLIENT_BUFFER = 256;

/** The `X-Workspace-ID` of an agent socket, or undefined for a canvas socket. */
const agentIdOf = (req: FastifyRequest): string | undefined => {
  const h = req.headers["x-workspace-id"];
  return typeof h === "string" && h.trim() ? h.trim().toLowerCase() : undefined;
};

/**
 * `GET /ws` (contract §3): canvas sockets receive every event of their org; agent sockets
 * (`X-Workspace-ID`) only events of workspaces they may talk to. Client frames are discarded.
 * The Origin check of §3.1 is the server-wide hook in server.ts.
 */
export function registerWebSocket(app: FastifyInstance, ctx: Ctx) {
  const preHandler = async (req: FastifyRequest) => {
    const agentId = agentIdOf(req);
    if (agentId === undefined) return;
    if (!isUuid(agentId)) throw new HttpError(401, "invalid workspace auth token");
    let live: boolean;
    try {
      live = await hasLiveToken(ctx.db.pg, agentId);
    } catch {
      throw new HttpError(500, "auth check failed");
    }
    if (!live) return;
    const bearer = req.headers.authorization?.startsWith("Bearer ")
      ? req.headers.authorization.slice(7).trim()
      : "";
    if (!bearer) throw new HttpError(401, "missing workspace auth token");
    if ((await workspaceForToken(ctx.db.pg, bearer)) !== agentId)
      throw new HttpError(401, "invalid workspace auth token");
  };

  app.get("/ws", { websocket: true, preHandler }, (socket, req) => {
    const orgId = orgOf(req);
    const agentId = agentIdOf(req);
    const sendFrame = boundedSender(socket, CLIENT_BUFFER, (dropped) => {
      if (dropped === 1 || dropped % 100 === 0)
        ctx.log.warn(`ws client buffer full; dropped ${dropped} frame(s)`);
    });
    // Agent delivery checks the hierarchy asynchronously; a chain keeps frames in publish order.
    let chain = Promise.resolve();
    const send = (event: WireEvent) => {
      if (socket.readyState === socket.OPEN) sendFrame(JSON.stringify(event));
    };

    const unsubscribe = ctx.events.subscribe((eventOrg, event) => {
      if (eventOrg !== orgId) return;
      if (agentId === undefined) return send(event);
      chain = chain
        .then(async () => {
          if (event.workspace_id && (await canCommunicate(ctx.db.pg, orgId, agentId, event.workspace_id)))
            send(event);
        })
        .catch((err) => ctx.log.warn("agent socket delivery failed", err));
    });
    socket.on("message", () => {}); // client frames are read and discarded
    socket.on("close", unsubscribe);
    socket.on("error", unsubscribe);
  });
}
