import { z } from "zod";

/** RFC 3339 timestamp as the platform sends it (fractional seconds allowed). */
export const timestampSchema = z.string().min(1);

/** The one error body every platform and control-plane route answers with. */
export const errorBodySchema = z.looseObject({
  error: z.string(),
  code: z.string().optional(),
  fields: z.array(z.string()).optional(),
});

/** `{"status": "..."}` acknowledgements (PATCH, viewport PUT, secrets …). */
export const statusReplySchema = z.looseObject({ status: z.string() });
