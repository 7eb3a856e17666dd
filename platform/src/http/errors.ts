import type { FastifyReply } from "fastify";
import type { z } from "zod";
import type { ErrorBody, ErrorCode } from "@/lib/contract";
import { isUuid } from "../domain/uuid";

/** Fields beside `error` and `code` (which only the constructor's arguments set). */
type Extra = Record<string, unknown> & { error?: never; code?: never };

/** A failure that maps to one HTTP status and the contract's `{error, code, …}` body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ErrorCode,
    readonly extra: Extra = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  body(): ErrorBody {
    return { error: this.message, code: this.code, ...this.extra };
  }
}

/** The one way an error reaches the wire: server.ts's handlers, and hooks that answer instead of throwing. */
export function sendError(reply: FastifyReply, err: HttpError) {
  for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
  return reply.status(err.status).send(err.body());
}

export const badRequest = (message: string, code: ErrorCode, extra?: Extra) =>
  new HttpError(400, message, code, extra);
export const notFound = (message: string, code: ErrorCode) => new HttpError(404, message, code);

/**
 * Parses a request body with a contract schema. A body that fails is a 400 with
 * `fallback` as the message unless the first issue carries a specific one.
 */
export function parseBody<T>(body: unknown, schema: z.ZodType<T>, fallback = "invalid request body"): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const specific = issue && issue.code === "custom" ? issue.message : null;
  throw new HttpError(400, specific ?? fallback, "invalid_body", {
    fields: result.error.issues.map((i) => i.path.join(".") || "(body)"),
  });
}

/** Rejects a non-UUID `:id` with the contract's 400 `invalid workspace ID`. */
export function workspaceIdParam(id: string): string {
  if (!isUuid(id)) throw badRequest("invalid workspace ID", "invalid_workspace_id");
  return id.toLowerCase();
}
