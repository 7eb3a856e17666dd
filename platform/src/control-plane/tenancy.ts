import type { FastifyReply, FastifyRequest } from "fastify";
import type { Ctx } from "../context";
import { orgForToken } from "../db/org-tokens";
import { orgHasMember, orgIdBySlug } from "../db/orgs";
import { workspaceForToken } from "../db/tokens";
import { workspaceOrgId } from "../db/workspaces";
import { slugFromHost } from "../domain/org-slug";
import { bearerOf, isAdminToken } from "../http/auth";
import { HttpError, sendError } from "../http/errors";
import { SESSION_COOKIE, sessionUser } from "./sessions";

type OrgRequest = FastifyRequest & { orgId: string; orgKey?: string };

const headerSlug = (req: FastifyRequest): string | null => {
  const h = req.headers["x-molecule-org-slug"];
  return typeof h === "string" && h.trim() ? h.trim().toLowerCase() : null;
};
const originHost = (origin: string | undefined): string | undefined => {
  try {
    return origin ? new URL(origin).host : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Names the org of every tenant request (`req.orgId`, read by `orgOf`). In SaaS mode the org is
 * the tenant host `<slug>.<apex>`, else `X-Molecule-Org-Slug`, else (for `/ws`, where browsers
 * cannot set headers) the tenant host of the `Origin`, used for routing only. A named org needs a
 * session that is a member, the admin token, or a workspace token or org API key of that org. No session answers
 * 401 (whatever the slug); a session that is not a member — or an org that does not exist — 404. Agents name their org
 * with their workspace token. A request naming no org keeps the default local org in dev mode only
 * (a convenience for the localhost canvas and Node-side tests); in production it is a 404.
 * Without a SaaS domain every request is the one local org.
 */
export function createOrgResolver(ctx: Ctx) {
  const q = ctx.db.pg;
  const deny = (reply: FastifyReply) => sendError(reply, new HttpError(404, "not found", "org_not_found"));

  // An org API key names its org like a workspace token does, and stands in for ADMIN on it.
  const orgKeyOf = async (req: FastifyRequest) => {
    const bearer = bearerOf(req);
    return bearer && !isAdminToken(ctx, bearer) ? orgForToken(q, bearer) : null;
  };

  const resolve = async (req: FastifyRequest, reply: FastifyReply) => {
    const scoped = req as OrgRequest;
    scoped.orgId = ctx.defaultOrgId;
    const apex = ctx.config.saasDomain;
    const path = req.url.split("?")[0] ?? "";
    if (path.startsWith("/cp/") || path === "/health") return;
    const key = await orgKeyOf(req);
    if (!apex) {
      if (key?.org_id === ctx.defaultOrgId) scoped.orgKey = key.prefix;
      return;
    }

    const named =
      slugFromHost(req.headers.host, apex) ??
      headerSlug(req) ??
      (path === "/ws" ? slugFromHost(originHost(req.headers.origin), apex) : null);
    const bearer = bearerOf(req);
    const tokenWorkspace = bearer ? await workspaceForToken(q, bearer) : null;
    const tokenOrg = tokenWorkspace ? await workspaceOrgId(q, tokenWorkspace) : (key?.org_id ?? null);
    // The key counts only on its own org.
    const admit = (id: string) => {
      scoped.orgId = id;
      if (key?.org_id === id) scoped.orgKey = key.prefix;
    };

    if (!named) {
      if (tokenOrg) admit(tokenOrg);
      else if (!ctx.config.devMode && path !== "/health") return deny(reply);
      return;
    }
    const orgId = await orgIdBySlug(q, named);
    if (orgId && tokenOrg === orgId) return admit(orgId);
    if (orgId && isAdminToken(ctx, bearer)) return void (scoped.orgId = orgId);
    const user = await sessionUser(q, req.cookies[SESSION_COOKIE]);
    // No (or an expired) session is a 401 for every slug alike, so it reveals nothing and lets the
    // canvas send the user to sign in; a signed-in non-member gets the 404.
    if (!user) return sendError(reply, new HttpError(401, "admin auth required", "unauthenticated"));
    if (!orgId) return deny(reply);
    scoped.orgId = orgId;
    if (!(await orgHasMember(q, orgId, user.user_id))) return deny(reply);
    (req as OrgRequest & { isOrgMember: boolean }).isOrgMember = true;
  };
  // The datastore failing while naming the org is the contract's 503, as inside the auth tiers (§1).
  return async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      return await resolve(req, reply);
    } catch (err) {
      ctx.log.warn("resolving the org of a request failed", err);
      throw new HttpError(503, "platform datastore unavailable — retry shortly", "platform_unavailable");
    }
  };
}
