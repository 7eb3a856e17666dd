import type { FastifyReply, FastifyRequest } from "fastify";
import type { Ctx } from "../context";
import { anyLiveToken, hasLiveToken, workspaceForToken } from "../db/tokens";
import { HttpError } from "./errors";

/** The auth tiers of contract §1. */
export type AuthTier = "NONE" | "ADMIN" | "WSAUTH" | "CANVAS" | "AGENT";

const bearerOf = (req: FastifyRequest): string | null => {
  const h = req.headers.authorization;
  if (!h || !h.startsWith("Bearer ")) return null;
  return h.slice("Bearer ".length).trim() || null;
};

/** The org of the request (set by the org hook in server.ts). */
export const orgOf = (req: FastifyRequest): string => (req as FastifyRequest & { orgId: string }).orgId;

/** Whether the org hook admitted the request on a member's session (SaaS mode; the tenant-member rule of §2.5). */
export const isOrgMember = (req: FastifyRequest): boolean =>
  (req as FastifyRequest & { isOrgMember?: boolean }).isOrgMember === true;

type AgentIdSource = (req: FastifyRequest) => string | undefined;

/**
 * Builds a preHandler for a tier. AGENT needs to know which workspace the caller claims to be
 * (`agentId`), since that differs per route (body `id`, `workspace_id`, or `:id`).
 */
export function guard(ctx: Ctx, tier: AuthTier, agentId?: AgentIdSource) {
  const check = checkTier(ctx, tier, agentId);
  if (tier !== "ADMIN" && tier !== "WSAUTH") return check;
  // A datastore failure inside ADMIN/WSAUTH is a 503 the canvas shows as "platform unavailable" (§1).
  return async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      await check(req, reply);
    } catch (err) {
      if (err instanceof HttpError) throw err;
      throw new HttpError(503, "platform datastore unavailable — retry shortly", {
        code: "platform_unavailable",
      });
    }
  };
}

function checkTier(ctx: Ctx, tier: AuthTier, agentId?: AgentIdSource) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (tier === "NONE") return;
    const { devMode, adminToken } = ctx.config;
    const bearer = bearerOf(req);
    const orgId = orgOf(req);
    const q = ctx.db.pg;

    if (tier === "AGENT") {
      const id = agentId?.(req);
      if (!id || !(await hasLiveToken(q, id))) return; // grandfathered: no token minted yet
      if (!bearer) throw new HttpError(401, "missing workspace auth token");
      if ((await workspaceForToken(q, bearer)) !== id)
        throw new HttpError(401, "invalid workspace auth token");
      return;
    }
    if (devMode) return;
    // A member's session stands in for the admin credential on their own org (control-plane §2.5).
    if ((tier === "ADMIN" || tier === "CANVAS") && isOrgMember(req)) return;

    if (tier === "ADMIN") {
      if (!adminToken && !(await anyLiveToken(q, orgId))) return; // fresh install
      if (!bearer) throw new HttpError(401, "admin auth required");
      if (adminToken && bearer === adminToken) return;
      if (!adminToken && (await workspaceForToken(q, bearer))) return;
      throw new HttpError(401, "invalid admin auth token");
    }
    if (tier === "WSAUTH") {
      if (!bearer) throw new HttpError(401, "missing workspace auth token");
      if (adminToken && bearer === adminToken) return;
      const id = (req.params as { id?: string }).id;
      if (id && (await workspaceForToken(q, bearer)) === id.toLowerCase()) return;
      throw new HttpError(401, "invalid workspace auth token");
    }
    // CANVAS
    if (!(await anyLiveToken(q, orgId))) return;
    if (bearer) {
      if ((adminToken && bearer === adminToken) || (await workspaceForToken(q, bearer))) return;
      throw new HttpError(401, "invalid admin auth token");
    }
    const origin = req.headers.origin;
    if (origin && ctx.config.corsOrigins.includes(origin)) return;
    throw new HttpError(401, "admin auth required");
  };
}
