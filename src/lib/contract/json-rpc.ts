import { z } from "zod";

/** JSON-RPC 2.0 request id: the proxy echoes it in the reply, so a late reply finds its request. */
export const jsonRpcIdSchema = z.union([z.string(), z.number()]);

/** An agent's JSON-RPC answer as the proxy passes it through (contract §4.1), over HTTP or the socket. */
export const jsonRpcResponseSchema = z.looseObject({
  jsonrpc: z.literal("2.0").optional(),
  id: jsonRpcIdSchema.nullable().optional(),
  result: z.unknown().optional(),
  error: z.looseObject({ code: z.number().optional(), message: z.string() }).optional(),
});
export type JsonRpcResponse = z.infer<typeof jsonRpcResponseSchema>;
