import { randomUUID } from "node:crypto";
import type { A2AProxyRequest } from "@/lib/contract";

/** X-Workspace-ID prefixes reserved for server-internal callers; a client may not claim them. */
const RESERVED_CALLER_PREFIXES = ["webhook:", "system:", "test:", "channel:"];

export const isReservedCaller = (id: string) =>
  RESERVED_CALLER_PREFIXES.some((p) => id.toLowerCase().startsWith(p));

/**
 * Contract §4.1 normalisation: a body without `jsonrpc` is rewrapped as
 * `{jsonrpc, id, method, params}` (other top-level keys dropped), and a missing
 * `params.message.messageId` is filled in.
 */
export function normaliseA2ARequest(
  body: A2AProxyRequest,
  newId: () => string = randomUUID,
): Record<string, unknown> {
  const base: Record<string, unknown> =
    body.jsonrpc === undefined
      ? { jsonrpc: "2.0", id: newId(), method: body.method, params: body.params }
      : { ...body };
  const params = base.params as A2AProxyRequest["params"];
  if (params?.message && !params.message.messageId) {
    base.params = { ...params, message: { ...params.message, messageId: newId() } };
  }
  return base;
}

/** `result.metadata.tool_trace` of an agent reply, when there is one. */
export function toolTraceOf(response: unknown): unknown {
  const result = (response as { result?: { metadata?: { tool_trace?: unknown } } } | null)?.result;
  return result?.metadata?.tool_trace ?? undefined;
}
