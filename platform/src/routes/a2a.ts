import type { FastifyInstance } from "fastify";
import { proxyA2A } from "../agents/a2a-proxy";
import type { Ctx } from "../context";
import { orgOf } from "../http/auth";
import { workspaceIdParam } from "../http/errors";

/** Big enough to read past the contract's 1 MiB cut-off, which the proxy then reports as invalid JSON. */
const READ_LIMIT = 4 * 1024 * 1024;

/** `POST /workspaces/:id/a2a` (contract §4.1). NONE for the canvas; caller checks for agents. */
export async function registerA2ARoutes(app: FastifyInstance, ctx: Ctx) {
  await app.register(async (scope) => {
    // The proxy reads the raw text itself: bad JSON is its own 400 (`invalid JSON`), not the generic one.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "string", bodyLimit: READ_LIMIT }, (_req, body, done) =>
      done(null, body),
    );

    scope.post<{ Params: { id: string } }>(
      "/workspaces/:id/a2a",
      { bodyLimit: READ_LIMIT },
      async (req, reply) => {
        const targetId = workspaceIdParam(req.params.id);
        const caller = req.headers["x-workspace-id"];
        const auth = req.headers.authorization;
        const timeout = Number(req.headers["x-timeout"]);
        const res = await proxyA2A(ctx, {
          orgId: orgOf(req),
          targetId,
          callerId: typeof caller === "string" && caller !== "" ? caller : null,
          body: typeof req.body === "string" ? req.body : "",
          bearer: auth?.startsWith("Bearer ") ? auth.slice(7).trim() || null : null,
          ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutSeconds: timeout } : {}),
        });
        for (const [k, v] of Object.entries(res.headers ?? {})) reply.header(k, v);
        return reply.status(res.status).type("application/json").send(res.body);
      },
    );
  });
}
