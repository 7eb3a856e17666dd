import type { FastifyInstance } from "fastify";
import { proxyA2A } from "../agents/a2a-proxy";
import type { Ctx } from "../context";
import { orgOf } from "../http/auth";
import { workspaceIdParam } from "../http/errors";

/** The contract's cut-off (§4.1): the proxy keeps this much of a body and reads the rest away. */
const KEEP_BYTES = 1024 * 1024;

/** Keeps KEEP_BYTES + 1 bytes (so a cut body fails as invalid JSON) and drains the remainder. */
function readCut(payload: NodeJS.ReadableStream, done: (err: Error | null, body?: string) => void) {
  const chunks: Buffer[] = [];
  let kept = 0;
  payload.on("data", (c: Buffer) => {
    if (kept > KEEP_BYTES) return;
    chunks.push(c);
    kept += c.length;
  });
  payload.on("end", () =>
    done(
      null,
      Buffer.concat(chunks)
        .subarray(0, KEEP_BYTES + 1)
        .toString("utf8"),
    ),
  );
  payload.on("error", (err) => done(err as Error));
}

/** `POST /workspaces/:id/a2a` (contract §4.1). NONE for the canvas; caller checks for agents. */
export async function registerA2ARoutes(app: FastifyInstance, ctx: Ctx) {
  await app.register(async (scope) => {
    // The proxy reads the raw text itself: bad JSON is its own 400 (`invalid JSON`), not the generic one.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", (_req, payload, done) => readCut(payload, done));

    scope.post<{ Params: { id: string } }>("/workspaces/:id/a2a", async (req, reply) => {
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
    });
  });
}
