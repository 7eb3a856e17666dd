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
  try {
    done(null, JSON.parse(text));
  } catch {
    done(new HttpError(400, "invalid request body"));
  }
}
