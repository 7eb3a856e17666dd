import cookie from "@fastify/cookie";
import cors from "@fastify/cors";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import { startAgentLoops } from "./agents/agent-loops";
import { createLocalProvisioner } from "./agents/local-provisioner";
import { resumeLocalAgents } from "./agents/resume";
import { createNoneProvisioner } from "./agents/none-provisioner";
import { assertStartable, type PlatformConfig } from "./config";
import type { Ctx, Logger } from "./context";
import { openDatabase, type Queryable } from "./db/database";
import { ensureOrg } from "./db/orgs";
import { startDemoDriver } from "./demo/driver";
import { registerAuthRoutes } from "./control-plane/auth-routes";
import { registerOrgRoutes } from "./control-plane/org-routes";
import { createOrgResolver } from "./control-plane/tenancy";
import { createEventBus } from "./events/bus";
import { HttpError, sendError } from "./http/errors";
import { registerBodyParsers } from "./http/json-body";
import { hostGuard, isAllowedOrigin, originGuard } from "./http/origins";
import { createRateLimiter } from "./http/rate-limit";
import { startTenantServices, stopTenantServices } from "./lifecycle/services";
import { ROUTES } from "./routes";
import { createSupervisor } from "./supervise";

export type Platform = { app: FastifyInstance; ctx: Ctx; url: string; close(): Promise<void> };

const consoleLogger = (quiet: boolean): Logger => ({
  info: (msg) => !quiet && console.log(`[platform] ${msg}`),
  warn: (msg, err) => console.warn(`[platform] ${msg}`, err ?? ""),
  error: (msg, err) => console.error(`[platform] ${msg}`, err ?? ""),
});

/** Opens the database, wires HTTP + WebSocket + background loops, and listens. */
export async function startPlatform(
  config: PlatformConfig,
  opts: { quiet?: boolean; seedDump?: Blob } = {},
): Promise<Platform> {
  assertStartable(config);
  const log = consoleLogger(!!opts.quiet);
  const db = await openDatabase(config.dataDir, opts.seedDump);
  const defaultOrgId = await ensureDefaultOrg(db.pg);
  const supervisor = createSupervisor(log);
  const ctx: Ctx = {
    config,
    db,
    events: createEventBus(db, (m, e) => log.error(m, e)),
    provisioner: createNoneProvisioner(),
    supervisor,
    log,
    defaultOrgId,
  };
  if (config.provisioner === "local") ctx.provisioner = createLocalProvisioner(ctx);

  const app = Fastify({ bodyLimit: 1024 * 1024, logger: false, trustProxy: false });
  await app.register(cookie);
  await app.register(cors, {
    origin: (origin, cb) => cb(null, !origin || isAllowedOrigin(config, origin)),
    credentials: true,
    methods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowedHeaders: ["Origin", "Content-Type", "X-Workspace-ID", "Authorization", "X-Molecule-Org-Slug"],
    exposedHeaders: ["Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"],
    strictPreflight: false,
  });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  // Lifecycle actions take "a JSON body that may be {} or empty" (contract §2.3).
  registerBodyParsers(app);
  app.addHook("onRequest", hostGuard(config));
  app.addHook(
    "onRequest",
    createRateLimiter(config, (token) => !!ctx.provisioner.isOwnAgentToken?.(token)),
  );
  app.addHook("onRequest", originGuard(config));
  app.decorateRequest("orgId", "");
  app.addHook("onRequest", createOrgResolver(ctx));
  app.addHook("onSend", async (_req, reply) => {
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("X-Frame-Options", "DENY");
    reply.header("Referrer-Policy", "strict-origin-when-cross-origin");
    reply.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!reply.hasHeader("Content-Security-Policy")) {
      reply.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
  });
  app.setErrorHandler((err, req, reply) => {
    if (err instanceof HttpError) return sendError(reply, err);
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return sendError(reply, new HttpError(413, "request body too large", "body_too_large"));
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return sendError(reply, new HttpError(e.statusCode, "invalid request body", "invalid_body"));
    }
    log.error(`${req.method} ${req.url} failed`, err);
    return sendError(reply, new HttpError(500, "internal error", "internal_error"));
  });
  app.setNotFoundHandler((_req, reply) =>
    sendError(reply, new HttpError(404, "not found", "route_not_found")),
  );

  for (const register of [...ROUTES, registerAuthRoutes, registerOrgRoutes]) await register(app, ctx);
  startAgentLoops(ctx);
  startDemoDriver(ctx);

  await app.listen({ port: config.port, host: config.host });
  // The real port (PORT=0 picks one): the agent URL guard refuses URLs that point back here.
  config.port = (app.server.address() as import("node:net").AddressInfo).port;
  await resumeLocalAgents(ctx);
  // After listen: seeded agents register back through this server.
  await startTenantServices(ctx);
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;

  return {
    app,
    ctx,
    url: `http://127.0.0.1:${port}`,
    async close() {
      supervisor.stop();
      await stopTenantServices(ctx);
      await ctx.provisioner.stopAll();
      await app.close();
      await db.close();
    },
  };
}

const ensureDefaultOrg = (q: Queryable) =>
  ensureOrg(q, process.env.MOLECULE_ORG_SLUG?.trim() || "local", "Local org");
