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

// Agents answer in loose shapes, so each level below falls back to "no text" instead of failing.
/** A text part's text (a missing or non-string text is stringified as before); null for any other part. */
const partTextSchema = z
  .looseObject({ kind: z.literal("text"), text: z.unknown().optional() })
  .transform((part): string | null => String(part.text ?? ""))
  .catch(null);

/** The texts of a `parts` list; anything that is not a list has none. */
const partTextsSchema = z
  .array(partTextSchema)
  .transform((texts) => texts.filter((text) => text !== null))
  .catch([]);

/** Something that holds `parts` (an artifact, a status message). */
const partsHolderSchema = z.looseObject({ parts: partTextsSchema }).catch({ parts: [] });

/** Every text in a result, in reply order: its own parts, each artifact's, then the status message's. */
const resultTextsSchema = z
  .looseObject({
    parts: partTextsSchema,
    artifacts: z.array(partsHolderSchema).catch([]),
    status: z.looseObject({ message: partsHolderSchema }).catch({ message: { parts: [] } }),
  })
  .transform((result) => [
    ...result.parts,
    ...result.artifacts.flatMap((artifact) => artifact.parts),
    ...result.status.message.parts,
  ])
  .catch([]);

/** Extracts the reply text an agent gave, from a message, a task, or a plain string result. */
export function extractA2AText(result: unknown): string {
  if (typeof result === "string") return result;
  return resultTextsSchema.parse(result).join("\n");
}
