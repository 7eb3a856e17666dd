import { z } from "zod";

/** RFC 3339 timestamp as the platform sends it (fractional seconds allowed). */
export const timestampSchema = z.string().min(1);

/** `{"status": "..."}` acknowledgements (PATCH, viewport PUT, secrets …). */
export const statusReplySchema = z.looseObject({ status: z.string() });
