import { z } from "zod";

export const templateSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().default(""),
  tier: z.number().int(),
  runtime: z.string(),
  model: z.string().default(""),
  models: z.array(z.looseObject({ id: z.string(), name: z.string().optional() })).optional(),
  required_env: z.array(z.string()).optional(),
  skills: z.array(z.string()).nullable(),
  skill_count: z.number().int(),
  provision_timeout_seconds: z.number().int().optional(),
});
export const templateListSchema = z.array(templateSchema);

const envRequirementSchema = z.union([z.string(), z.object({ any_of: z.array(z.string()) })]);

export const orgTemplateSummarySchema = z.looseObject({
  dir: z.string(),
  name: z.string(),
  description: z.string().default(""),
  workspaces: z.number().int(),
  required_env: z.array(envRequirementSchema),
  recommended_env: z.array(envRequirementSchema),
});
export const orgTemplateListSchema = z.array(orgTemplateSummarySchema);

/** An inline org template node: a workspace and its children. */
export type OrgTemplateNode = {
  name: string;
  role?: string;
  tier?: number;
  runtime?: string;
  template?: string;
  x?: number;
  y?: number;
  children?: OrgTemplateNode[];
};
export const orgTemplateNodeSchema: z.ZodType<OrgTemplateNode> = z.lazy(() =>
  z.object({
    name: z.string().min(1).max(255),
    role: z.string().max(1000).optional(),
    tier: z.number().int().min(1).max(4).optional(),
    runtime: z.string().optional(),
    template: z.string().optional(),
    x: z.number().optional(),
    y: z.number().optional(),
    children: z.array(orgTemplateNodeSchema).optional(),
  }),
);
export const orgImportRequestSchema = z
  .object({
    dir: z.string().optional(),
    template: z
      .object({
        name: z.string().min(1),
        description: z.string().optional(),
        required_env: z.array(envRequirementSchema).optional(),
        workspaces: z.array(orgTemplateNodeSchema),
      })
      .optional(),
    force: z.boolean().optional(),
  })
  .refine((b) => b.dir !== undefined || b.template !== undefined, "provide 'dir' or 'template'");
export const orgImportResponseSchema = z.looseObject({
  org: z.string(),
  workspaces: z.array(z.looseObject({ id: z.string(), name: z.string(), tier: z.number() })),
  count: z.number().int(),
  error: z.string().optional(),
});
export type OrgImportResponse = z.infer<typeof orgImportResponseSchema>;
