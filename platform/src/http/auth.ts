import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Ctx } from "../context";
import { hasLiveToken, workspaceForToken } from "../db/tokens";
import { HttpError } from "./errors";

/** The auth tiers of contract §1. */
export type AuthTier = "NONE" | "ADMIN" | "WSAUTH" | "CANVAS" | "AGENT";

type ScopedRequest = FastifyRequest & { orgId: string; isOrgMember?: boolean; orgKey?: string };

export const bearerOf = (req: FastifyRequest): string | null => {
  const h = req.headers.authorization;
  if (!h || !h.startsWith("Bearer ")) return null;
  return h.slice("Bearer ".length).trim() || null;
};

/** The org of the request (set by the org hook in server.ts). */
export const orgOf = (req: FastifyRequest): string => (req as ScopedRequest).orgId;

/** Whether the org hook admitted the request on a member's session (SaaS mode; the tenant-member rule of §2.5). */
export const isOrgMember = (req: FastifyRequest): boolean => (req as ScopedRequest).isOrgMember === true;

/** The prefix of the org API key the request carried, when it is a live key of the request's org. */
export const orgKeyOf = (req: FastifyRequest): string | null => (req as ScopedRequest).orgKey ?? null;

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Constant-time comparison with `ADMIN_TOKEN` (hashing first evens out the lengths). */
export function isAdminToken(ctx: Ctx, bearer: string | null): boolean {
  const admin = ctx.config.adminToken;
  return !!admin && !!bearer && timingSafeEqual(digest(bearer), digest(admin));
}

/**
 * Dev mode opens the auth tiers for the default local org only. A tenant org (SaaS mode) is a
 * real customer's, so its requests are always checked, whatever `MOLECULE_ENV` says.
 */
export const isDevOpen = (ctx: Ctx, req: FastifyRequest): boolean =>
  ctx.config.devMode && orgOf(req) === ctx.defaultOrgId;

/**
 * A person or script with admin rights on the request's org: dev mode (local org), the
 * `ADMIN_TOKEN` bearer, an org API key of this org, or a member's session on it. Never a
 * workspace token: an agent is not an operator (upstream: "any workspace token is admin").
 */
export const isAdminCaller = (ctx: Ctx, req: FastifyRequest): boolean =>
  isDevOpen(ctx, req) || isOrgMember(req) || orgKeyOf(req) !== null || isAdminToken(ctx, bearerOf(req));

/** The 401 for a caller without admin rights: a wrong bearer, or none at all. */
export const adminRefusal = (bearer: string | null) =>
  bearer
    ? new HttpError(401, "invalid admin auth token", "invalid_token")
    : new HttpError(401, "admin auth required", "unauthenticated");

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
      throw new HttpError(503, "platform datastore unavailable — retry shortly", "platform_unavailable");
    }
  };
}

/**
 * Whether `bearer` is a live token of workspace `id`. Without a bearer: allowed only while the
 * workspace has no token yet and auth is dev-open (upstream's "grandfathered" first register).
 */
export async function checkAgentToken(ctx: Ctx, req: FastifyRequest, id: string): Promise<void> {
  const bearer = bearerOf(req);
  if (!bearer) {
    if (isDevOpen(ctx, req) && !(await hasLiveToken(ctx.db.pg, id))) return;
    throw new HttpError(401, "missing workspace auth token", "unauthenticated");
  }
  if ((await workspaceForToken(ctx.db.pg, bearer)) !== id)
    throw new HttpError(401, "invalid workspace auth token", "invalid_token");
}

function checkTier(ctx: Ctx, tier: AuthTier, agentId?: AgentIdSource) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (tier === "NONE") return;
    if (tier === "AGENT") {
      const id = agentId?.(req);
      if (!id) {
        if (isDevOpen(ctx, req)) return; // the handler answers the bad body
        throw new HttpError(401, "missing workspace auth token", "unauthenticated");
      }
      return checkAgentToken(ctx, req, id);
    }
    if (isAdminCaller(ctx, req)) return;
    const bearer = bearerOf(req);
    if (tier === "WSAUTH") {
      if (!bearer) throw new HttpError(401, "missing workspace auth token", "unauthenticated");
      const id = (req.params as { id?: string }).id;
      if (id && (await workspaceForToken(ctx.db.pg, bearer)) === id.toLowerCase()) return;
      throw new HttpError(401, "invalid workspace auth token", "invalid_token");
    }
    // ADMIN and CANVAS: no fresh-install door, no "any workspace token", no Origin-only pass.
    throw adminRefusal(bearer);
  };
}

/**
 * `POST /workspaces/:id/a2a` (§4.1). Upstream lets any canvas call through with no credential;
 * ours asks the canvas for what ADMIN asks (a member's session, or the admin token), and an
 * agent caller (`X-Workspace-ID`) for its own token, outside dev mode. The proxy then applies
 * the contract's caller checks (reserved ids, CanCommunicate) as before.
 */
export function guardA2ACaller(ctx: Ctx) {
  return async (req: FastifyRequest) => {
    if (isDevOpen(ctx, req)) return;
    const caller = req.headers["x-workspace-id"];
    if (typeof caller !== "string" || caller === "") {
      if (isAdminCaller(ctx, req)) return;
      throw adminRefusal(bearerOf(req));
    }
    const bearer = bearerOf(req);
    if (!bearer) throw new HttpError(401, "missing caller auth token", "unauthenticated");
    if ((await workspaceForToken(ctx.db.pg, bearer)) !== caller.toLowerCase())
      throw new HttpError(401, "invalid caller auth token", "invalid_token");
  };
}
