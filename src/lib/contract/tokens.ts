import { z } from "zod";

/** Org API keys (operate §4.2): full admin on one org, for scripts. Fields marked `?` are omitted when empty. */
export const orgTokenSchema = z.looseObject({
  id: z.string(),
  prefix: z.string(),
  name: z.string().optional(),
  org_id: z.string().optional(),
  created_by: z.string().optional(),
  created_at: z.string(),
  last_used_at: z.string().optional(),
});
export type OrgToken = z.infer<typeof orgTokenSchema>;

export const orgTokenListSchema = z.object({ tokens: z.array(orgTokenSchema), count: z.number().int() });

/** An empty body is fine; a name is at most 100 bytes. */
export const mintOrgTokenRequestSchema = z
  .object({
    name: z
      .string()
      .refine((s) => new TextEncoder().encode(s).length <= 100, "name too long (max 100 chars)")
      .optional(),
  })
  .optional();

export const mintOrgTokenResponseSchema = z.looseObject({
  id: z.string(),
  prefix: z.string(),
  name: z.string().optional(),
  auth_token: z.string(),
  warning: z.string(),
});
