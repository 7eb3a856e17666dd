import type { FastifyRequest } from "fastify";
import { HttpError } from "./errors";

/** JSON body parser that reads an empty body as "no body" instead of failing. */
export function parseJsonBody(
  _req: FastifyRequest,
  body: string | Buffer,
  done: (err: Error | null, body?: unknown) => void,
) {
  const text = typeof body === "string" ? body : body.toString("utf8");
  if (text.trim() === "") return done(null, undefined);
  // Postgres text cannot hold NUL: refuse it here with a reason instead of failing the insert with a 500.
  if (/(?<!\\)(?:\\\\)*\\u0000/i.test(text) || text.includes("\u0000")) {
    return done(new HttpError(400, "text may not contain NUL (\\u0000) characters"));
  }
  try {
    done(null, JSON.parse(text));
  } catch {
    done(new HttpError(400, "invalid request body"));
  }
}
