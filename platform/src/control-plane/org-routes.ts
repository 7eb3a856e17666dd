import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { createOrgRequestSchema, orgSlugProblem } from "@/lib/contract";
import type { Ctx } from "../context";
import { termsAccepted } from "../db/accounts";
import {
  getUserOrg,
  insertOrg,
  listUserOrgs,
  orgBySlug,
  ownedOrgCount,
  toPublicOrg,
  type OrgRow,
} from "../db/orgs";
import { HttpError, parseBody } from "../http/errors";
import { provisionStatus } from "./provision-status";
import { failInterruptedProvisions, startTenantProvisioning } from "./provisioning";
import { purgeOrg, resetTenant } from "./purge";
import { SESSION_COOKIE, sessionUser } from "./sessions";
import { streamProvisionStatus } from "./status-stream";

const deleteSchema = z.object({ confirm: z.string() });
const INSTANCE_LIMIT_PER_MINUTE = 60;

const notFound = () => new HttpError(404, "not found", "org_not_found");

/** Orgs of the signed-in user (control-plane §4): others' orgs answer 404, never 403. */
export async function registerOrgRoutes(app: FastifyInstance, ctx: Ctx) {
  const q = ctx.db.pg;
  await failInterruptedProvisions(q);

  const requireUser = async (req: FastifyRequest) => {
    const user = await sessionUser(q, req.cookies[SESSION_COOKIE]);
    if (!user) throw new HttpError(401, "unauthenticated", "unauthenticated");
    return user;
  };
  const requireOrg = async (req: FastifyRequest): Promise<{ org: OrgRow; userId: string }> => {
    const user = await requireUser(req);
    const org = await getUserOrg(q, (req.params as { slug: string }).slug, user.user_id);
    if (!org) throw notFound();
    return { org, userId: user.user_id };
  };

  app.get("/cp/orgs", async (req) => {
    const user = await requireUser(req);
    return { orgs: (await listUserOrgs(q, user.user_id)).map(toPublicOrg) };
  });

  app.post("/cp/orgs", async (req, reply) => {
    const user = await requireUser(req);
    const body = parseBody(req.body, createOrgRequestSchema, "slug and name are required");
    if (!(await termsAccepted(q, user.user_id)))
      throw new HttpError(403, "accept the terms before creating an org", "terms_not_accepted");
    const slugProblem = orgSlugProblem(body.slug);
    if (slugProblem === "reserved")
      throw new HttpError(409, "that name is reserved", "slug_reserved", { fields: ["slug"] });
    if (slugProblem)
      throw new HttpError(
        400,
        "slug must be 3–32 lowercase letters, digits or single hyphens, starting with a letter",
        "invalid_slug",
        { fields: ["slug"] },
      );
    if ((await ownedOrgCount(q, user.user_id)) >= ctx.config.controlPlane.orgQuota)
      throw new HttpError(409, `you can own at most ${ctx.config.controlPlane.orgQuota} orgs`, "org_quota");
    const org = await insertOrg(ctx.db, { slug: body.slug, name: body.name, ownerId: user.user_id });
    if (!org) throw new HttpError(409, "that slug is taken", "slug_taken", { fields: ["slug"] });
    await startTenantProvisioning(ctx, org);
    return reply.status(201).send(toPublicOrg({ ...org, status: "provisioning" }));
  });

  app.get("/cp/orgs/:slug", async (req) => toPublicOrg((await requireOrg(req)).org));

  app.get("/cp/orgs/:slug/provision-status", async (req) =>
    provisionStatus(ctx, (await requireOrg(req)).org),
  );

  app.get("/cp/orgs/:slug/provision-status/stream", async (req, reply) => {
    const { org, userId } = await requireOrg(req);
    streamProvisionStatus(ctx, req, reply, org.slug, userId);
  });

  app.post("/cp/orgs/:slug/provision", async (req, reply) => {
    const { org } = await requireOrg(req);
    if (org.status !== "failed")
      throw new HttpError(409, "only a failed org can be provisioned again", "org_not_failed");
    await resetTenant(ctx, org.id);
    await startTenantProvisioning(ctx, org);
    return reply.status(202).send({ status: "provisioning" });
  });

  app.delete("/cp/orgs/:slug", async (req) => {
    const { org, userId } = await requireOrg(req);
    const body = parseBody(req.body, deleteSchema, 'confirm with {"confirm":"<slug>"}');
    if (body.confirm !== org.slug)
      throw new HttpError(400, "confirmation does not match the org slug", "confirmation_mismatch");
    const out = await purgeOrg(ctx, org, userId);
    if (out.kind === "incomplete") {
      throw new HttpError(
        500,
        "purge cascade failed; retry the request to resume",
        "purge_incomplete",
        out.progress,
      );
    }
    return { ok: true, ...out.progress };
  });

  const instanceHits = new Map<string, { start: number; count: number }>();
  app.get("/cp/orgs/:slug/instance", async (req) => {
    const now = Date.now();
    // Forget passed windows once the map grows, so it stays bounded by recent clients.
    if (instanceHits.size > 10_000)
      for (const [key, w] of instanceHits) if (now - w.start >= 60_000) instanceHits.delete(key);
    const ip = req.socket.remoteAddress ?? "unknown";
    const hit = instanceHits.get(ip);
    const window = hit && now - hit.start < 60_000 ? hit : { start: now, count: 0 };
    window.count += 1;
    instanceHits.set(ip, window);
    if (window.count > INSTANCE_LIMIT_PER_MINUTE) {
      const retry = Math.ceil((window.start + 60_000 - now) / 1000);
      throw new HttpError(429, "rate limit exceeded", "rate_limited", {}, { "Retry-After": String(retry) });
    }
    const org = await orgBySlug(q, (req.params as { slug: string }).slug);
    if (!org) throw notFound();
    // Explicit fields only: this route is public, and must never carry a credential (§10.2).
    return {
      slug: org.slug,
      status: org.status,
      ip: org.status === "running" ? "127.0.0.1" : null,
      region: "local",
      org_id: org.id,
    };
  });
}
