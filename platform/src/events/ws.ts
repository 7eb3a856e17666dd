import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Ctx } from "../context";
import { canCommunicate } from "../db/hierarchy";
import { isUuid } from "../domain/uuid";
import { adminRefusal, bearerOf, checkAgentToken, isAdminCaller, orgOf } from "../http/auth";
import { HttpError } from "../http/errors";
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
  // Upstream answers any canvas socket; ours asks for what ADMIN asks (a member's session cookie,
  // which browsers send on the upgrade, or the admin token) outside dev mode, and an agent socket
  // for its own token.
  const preHandler = async (req: FastifyRequest) => {
    const agentId = agentIdOf(req);
    if (agentId === undefined) {
      if (isAdminCaller(ctx, req)) return;
      throw adminRefusal(bearerOf(req));
    }
    if (!isUuid(agentId)) throw new HttpError(401, "invalid workspace auth token", "invalid_token");
    try {
      await checkAgentToken(ctx, req, agentId);
    } catch (err) {
      if (err instanceof HttpError) throw err;
      throw new HttpError(500, "auth check failed", "internal_error");
    }
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
