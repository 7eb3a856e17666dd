import { z } from "zod";
import { agentCardSchema } from "./agent-card";

/** A workspace sub-tree as a portable `.bundle.json` (contract §5.1b). Secrets are never in it. */
export type Bundle = {
  schema: string;
  id: string;
  name: string;
  description: string;
  tier: number;
  model: string;
  system_prompt: string;
  skills: { id: string; name: string; description: string; files: Record<string, string> }[];
  tools: { id: string; config: unknown }[];
  prompts: Record<string, string>;
  sub_workspaces: Bundle[];
  agent_card: z.infer<typeof agentCardSchema> | null;
  author: string;
  version: string;
  /** Local extension: kept so a round trip restores the runtime and role. */
  runtime?: string;
  role?: string | null;
};

export const bundleSchema: z.ZodType<Bundle> = z.lazy(() =>
  z.object({
    schema: z.string(),
    id: z.string(),
    name: z.string().min(1).max(255),
    description: z.string().default(""),
    tier: z.number().int().min(1).max(4),
    model: z.string().default(""),
    system_prompt: z.string().default(""),
    skills: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          description: z.string().default(""),
          files: z.record(z.string(), z.string()).default({}),
        }),
      )
      .default([]),
    tools: z.array(z.object({ id: z.string(), config: z.unknown() })).default([]),
    prompts: z.record(z.string(), z.string()).default({}),
    sub_workspaces: z.array(bundleSchema).default([]),
    agent_card: agentCardSchema.nullable().default(null),
    author: z.string().default(""),
    version: z.string().default("1"),
    runtime: z.string().optional(),
    role: z.string().nullable().optional(),
  }),
) as z.ZodType<Bundle>;

export type BundleImportResult = {
  workspace_id: string;
  name: string;
  status: "provisioning" | "failed";
  error?: string;
  children?: BundleImportResult[];
};
export const bundleImportResultSchema: z.ZodType<BundleImportResult> = z.lazy(() =>
  z.object({
    workspace_id: z.string(),
    name: z.string(),
    status: z.enum(["provisioning", "failed"]),
    error: z.string().optional(),
    children: z.array(bundleImportResultSchema).optional(),
  }),
);
