import type { FastifyInstance, FastifyRequest } from "fastify";
import { mintOrgTokenRequestSchema, type OrgToken } from "@/lib/contract";
import type { Ctx } from "../context";
import { listOrgTokens, mintOrgToken, revokeOrgToken, type OrgTokenRow } from "../db/org-tokens";
import { isUuid } from "../domain/uuid";
import { guard, isAdminToken, bearerOf, orgKeyOf, orgOf } from "../http/auth";
import { HttpError, notFound, parseBody } from "../http/errors";

const MINTS_PER_HOUR = 10;
const HOUR_MS = 3_600_000;

const view = (t: OrgTokenRow): OrgToken => ({
  id: t.id,
  prefix: t.prefix,
  ...(t.name ? { name: t.name } : {}),
  org_id: t.org_id,
  created_by: t.created_by,
  created_at: t.created_at.toISOString(),
  ...(t.last_used_at ? { last_used_at: t.last_used_at.toISOString() } : {}),
});

/** Who minted a key, as upstream records it (operate §4.2). */
function mintedBy(ctx: Ctx, req: FastifyRequest): string {
  const key = orgKeyOf(req);
  if (key) return `org-token:${key}`;
  if (req.headers.cookie) return "session";
  return isAdminToken(ctx, bearerOf(req)) ? "admin-token" : "dev-mode";
}

/** Org API keys (operate §4.2): list, mint (10 an hour per client), revoke; all ADMIN. */
export function registerOrgTokenRoutes(app: FastifyInstance, ctx: Ctx) {
  const admin = { preHandler: guard(ctx, "ADMIN") };
  const mints = new Map<string, number[]>();

  app.get("/org/tokens", admin, async (req) => {
    const tokens = (await listOrgTokens(ctx.db.pg, orgOf(req))).map(view);
    return { tokens, count: tokens.length };
  });

  app.post("/org/tokens", admin, async (req) => {
    const body = parseBody(req.body, mintOrgTokenRequestSchema);
    const ip = req.socket.remoteAddress ?? "unknown";
    const now = Date.now();
    const recent = (mints.get(ip) ?? []).filter((t) => now - t < HOUR_MS);
    if (recent.length >= MINTS_PER_HOUR) {
      const retry = Math.ceil((recent[0]! + HOUR_MS - now) / 1000);
      throw new HttpError(
        429,
        "rate limit exceeded",
        "rate_limited",
        { retry_after: retry },
        { "Retry-After": String(retry) },
      );
    }
    mints.set(ip, [...recent, now]);
    if (mints.size > 10_000) for (const [k, v] of mints) if (now - v.at(-1)! >= HOUR_MS) mints.delete(k);
    const name = body?.name?.trim() || null;
    const minted = await mintOrgToken(ctx.db.pg, orgOf(req), name, mintedBy(ctx, req));
    return {
      id: minted.id,
      prefix: minted.prefix,
      ...(name ? { name } : {}),
      auth_token: minted.token,
      warning: "copy this token now; it will not be shown again",
    };
  });

  app.delete<{ Params: { id: string } }>("/org/tokens/:id", admin, async (req) => {
    const id = req.params.id.toLowerCase();
    if (!isUuid(id) || !(await revokeOrgToken(ctx.db.pg, orgOf(req), id)))
      throw notFound("token not found or already revoked", "token_not_found");
    return { revoked: id };
  });
}
