import { z } from "zod";
import { timestampSchema } from "./common";

export const SECRET_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

export const secretEntrySchema = z.object({
  key: z.string(),
  has_value: z.literal(true),
  scope: z.enum(["global", "workspace"]),
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type SecretEntry = z.infer<typeof secretEntrySchema>;

export const putSecretRequestSchema = z.object({
  key: z.string().regex(SECRET_KEY_PATTERN, "key must be letters, digits and underscores"),
  value: z
    .string()
    .min(1, "value is required")
    .max(64 * 1024),
});
