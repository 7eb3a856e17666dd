import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "./errors";

type Done = (err: Error | null, body?: unknown) => void;

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The body's text, or null when it is not UTF-8 (decoding would otherwise store U+FFFD in its place). */
export function decodeUtf8(body: Buffer): string | null {
  try {
    return UTF8.decode(body);
  } catch {
    return null;
  }
}

/** A `\u0000` escape in JSON text (one not itself escaped as `\\u0000`) or a raw NUL. */
export const hasNul = (text: string) => /(?<!\\)(?:\\\\)*\\u0000/i.test(text) || text.includes("\u0000");

export const notUtf8 = () => new HttpError(400, "request body is not valid UTF-8", "invalid_utf8");
// Postgres text cannot hold NUL: refuse it with a reason instead of failing the insert with a 500.
export const nulRefused = () =>
  new HttpError(400, "text may not contain NUL (\\u0000) characters", "nul_character");
const unsupportedMediaType = () => new HttpError(415, "unsupported content type", "unsupported_media_type");

/**
 * JSON body parser that reads an empty body as "no body" instead of failing. It needs the raw
 * bytes (`parseAs: "buffer"`, as registerBodyParsers does) to refuse invalid UTF-8; a string
 * was decoded with U+FFFD already.
 */
export function parseJsonBody(_req: FastifyRequest, body: string | Buffer, done: Done) {
  const text = typeof body === "string" ? body : decodeUtf8(body);
  if (text === null) return done(notUtf8());
  if (text.trim() === "") return done(null, undefined);
  if (hasNul(text)) return done(nulRefused());
  try {
    done(null, JSON.parse(text));
  } catch {
    done(new HttpError(400, "invalid request body", "invalid_json"));
  }
}

/** Any other content type: an empty body is "no body", anything else a 415. */
export function refuseNonJson(_req: FastifyRequest, body: string | Buffer, done: Done) {
  return body.length === 0 ? done(null, undefined) : done(unsupportedMediaType());
}

/**
 * Body parsers for the JSON API: JSON and nothing else (not text, forms or multipart, which a page
 * on another site can send without a preflight). An empty body of any type stays accepted:
 * lifecycle actions take "a JSON body that may be {} or empty" (contract §2.3).
 */
export function registerBodyParsers(app: FastifyInstance) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, parseJsonBody);
  app.addContentTypeParser("*", { parseAs: "buffer" }, refuseNonJson);
}

/** Form bodies for the sign-in pages' routes only; anywhere else a form is refused like any non-JSON body. */
export function formBodyParser(routes: string[]) {
  const allowed = new Set(routes);
  return (req: FastifyRequest, body: string | Buffer, done: Done) =>
    allowed.has(req.routeOptions.url ?? "")
      ? done(null, Object.fromEntries(new URLSearchParams(String(body))))
      : refuseNonJson(req, body, done);
}
