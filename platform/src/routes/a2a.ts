import { PassThrough } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import { HOP_HEADER, incomingHops } from "../agents/a2a-hops";
import { fail, proxyA2A, type ProxyCall, type ProxyResult } from "../agents/a2a-proxy";
import { proxyA2AStream } from "../agents/a2a-stream-proxy";
import type { Ctx } from "../context";
import { guardA2ACaller, orgOf } from "../http/auth";
import { workspaceIdParam } from "../http/errors";
import { decodeUtf8, hasNul, notUtf8, nulRefused, refuseNonJson } from "../http/json-body";

/** The contract's cut-off (§4.1): the proxy keeps this much of a body and reads the rest away. */
const KEEP_BYTES = 1024 * 1024;

/** Keeps KEEP_BYTES + 1 bytes (so a cut body fails as invalid JSON) and drains the remainder. */
function readCut(payload: NodeJS.ReadableStream, done: (err: Error | null, body?: Buffer) => void) {
  const chunks: Buffer[] = [];
  let kept = 0;
  payload.on("data", (c: Buffer) => {
    if (kept > KEEP_BYTES) return;
    chunks.push(c);
    kept += c.length;
  });
  payload.on("end", () => done(null, Buffer.concat(chunks).subarray(0, KEEP_BYTES + 1)));
  payload.on("error", (err) => done(err as Error));
}

/** `POST /workspaces/:id/a2a` (contract §4.1, plus `message/stream` as SSE). NONE for the canvas; caller checks for agents. */
export async function registerA2ARoutes(app: FastifyInstance, ctx: Ctx) {
  await app.register(async (scope) => {
    // The proxy reads the raw text itself: bad JSON is its own 400 (`invalid JSON`), not the generic one.
    // Only JSON is taken, as on every other route: a form or text body is a 415 and never forwarded.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("application/json", (_req, payload, done) => readCut(payload, done));
    scope.addContentTypeParser("*", { parseAs: "buffer" }, refuseNonJson);

    const preHandler = guardA2ACaller(ctx);
    scope.post<{ Params: { id: string } }>("/workspaces/:id/a2a", { preHandler }, async (req, reply) => {
      const targetId = workspaceIdParam(req.params.id);
      const caller = req.headers["x-workspace-id"];
      const auth = req.headers.authorization;
      const timeout = Number(req.headers["x-timeout"]);
      const call = {
        orgId: orgOf(req),
        targetId,
        callerId: typeof caller === "string" && caller !== "" ? caller : null,
        body: bodyText(req.body),
        bearer: auth?.startsWith("Bearer ") ? auth.slice(7).trim() || null : null,
        ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutSeconds: timeout } : {}),
        hops: incomingHops(req.headers[HOP_HEADER]),
      };
      const res = wantsStream(req.headers.accept, call.body)
        ? await streamA2A(ctx, call, reply)
        : await proxyA2A(ctx, call);
      if (res === null) return reply;
      for (const [k, v] of Object.entries(res.headers ?? {})) reply.header(k, v);
      return reply.status(res.status).type("application/json").send(res.body);
    });
  });
}

/**
 * The body for the proxy, refused before anything is forwarded when it is not UTF-8 or holds NUL
 * (which the activity log cannot store, so the call would fail after the agent ran it). A body past
 * the cut-off is passed on as it is, to fail as invalid JSON (§4.1).
 */
function bodyText(raw: unknown): string {
  if (!Buffer.isBuffer(raw)) return "";
  if (raw.length > KEEP_BYTES) return raw.toString("utf8");
  const text = decodeUtf8(raw);
  if (text === null) throw notUtf8();
  if (hasNul(text)) throw nulRefused();
  return text;
}

/** Streaming is asked for by `Accept: text/event-stream` or by the `message/stream` method itself. */
function wantsStream(accept: string | undefined, body: string): boolean {
  if (accept?.includes("text/event-stream")) return true;
  return /"method"\s*:\s*"message\/stream"/.test(body.slice(0, 4096));
}

/**
 * Answers with SSE once the agent starts streaming, or with the JSON result when the call ended
 * before that (checks, busy → 202, errors). The relay itself outlives this handler.
 */
async function streamA2A(ctx: Ctx, call: ProxyCall, reply: FastifyReply): Promise<ProxyResult | null> {
  const stream = new PassThrough();
  stream.on("error", () => {}); // the browser hanging up must not crash the relay
  let markStarted!: () => void;
  const started = new Promise<null>((resolve) => (markStarted = () => resolve(null)));
  const done = proxyA2AStream(ctx, call, {
    start: markStarted,
    event: (data) => {
      if (!stream.destroyed) stream.write(`data: ${data}\n\n`);
    },
    end: () => stream.end(),
  }).catch((err: unknown) => {
    ctx.log.warn("a2a stream relay failed", err);
    stream.end();
    return fail(502, "failed to reach workspace agent", "agent_unreachable");
  });
  const first = await Promise.race([started, done]);
  if (first !== null) return first;
  void reply
    .status(200)
    .header("content-type", "text/event-stream")
    .header("cache-control", "no-cache")
    .header("x-accel-buffering", "no")
    .send(stream);
  return null;
}
