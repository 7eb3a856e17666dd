import { z } from "zod";

/** A message part in A2A v0.3 JSON (`kind`), the shape the canvas sends and reads. */
export const a2aPartSchema = z.union([
  z.looseObject({ kind: z.literal("text"), text: z.string() }),
  z.looseObject({
    kind: z.literal("file"),
    file: z.looseObject({
      name: z.string().optional(),
      mimeType: z.string().optional(),
      uri: z.string().optional(),
      size: z.number().optional(),
    }),
  }),
  z.looseObject({ kind: z.literal("data"), data: z.unknown() }),
]);

export const a2aMessageSchema = z.looseObject({
  role: z.enum(["user", "agent"]),
  messageId: z.string().optional(),
  parts: z.array(a2aPartSchema),
  contextId: z.string().optional(),
  taskId: z.string().optional(),
});

/** Body of `POST /workspaces/:id/a2a` before normalisation (contract §4.1). */
export const a2aProxyRequestSchema = z.looseObject({
  jsonrpc: z.literal("2.0").optional(),
  id: z.union([z.string(), z.number()]).optional(),
  method: z.string().min(1),
  params: z
    .looseObject({ message: a2aMessageSchema.optional(), metadata: z.unknown().optional() })
    .optional(),
});
export type A2AProxyRequest = z.infer<typeof a2aProxyRequestSchema>;

export const a2aQueuedSchema = z.object({
  queued: z.literal(true),
  queue_id: z.string(),
  queue_depth: z.number().int(),
  message: z.string(),
});

/** Extracts the reply text an agent gave, from a message, a task, or a plain string result. */
export function extractA2AText(result: unknown): string {
  if (typeof result === "string") return result;
  if (!result || typeof result !== "object") return "";
  const r = result as Record<string, unknown>;
  const texts: string[] = [];
  const collect = (parts: unknown) => {
    if (!Array.isArray(parts)) return;
    for (const p of parts) {
      if (p && typeof p === "object" && (p as { kind?: unknown }).kind === "text") {
        texts.push(String((p as { text?: unknown }).text ?? ""));
      }
    }
  };
  collect(r.parts);
  if (Array.isArray(r.artifacts)) for (const a of r.artifacts) collect((a as { parts?: unknown })?.parts);
  const status = r.status as { message?: { parts?: unknown } } | undefined;
  collect(status?.message?.parts);
  return texts.join("\n");
}
