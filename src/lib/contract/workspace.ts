import { z } from "zod";
import { agentCardSchema } from "./agent-card";
import { timestampSchema } from "./common";

/** Every status the platform may report (contract §2.2); the canvas falls back to grey for others. */
export const WORKSPACE_STATUSES = [
  "provisioning",
  "online",
  "degraded",
  "offline",
  "failed",
  "paused",
  "hibernated",
  "removed",
  "awaiting_agent",
  "hibernating",
] as const;
export const workspaceStatusSchema = z.enum(WORKSPACE_STATUSES);
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const provisioningStepSchema = z.object({
  id: z.string(),
  label: z.string(),
  state: z.enum(["pending", "active", "done", "failed"]),
  started_at: timestampSchema.optional(),
  finished_at: timestampSchema.optional(),
});
/** Local-platform extension: provisioning progress while `status = provisioning`. */
export const provisioningProgressSchema = z.object({
  started_at: timestampSchema,
  step: z.string(),
  steps: z.array(provisioningStepSchema),
});
export type ProvisioningProgress = z.infer<typeof provisioningProgressSchema>;

/** A row of `GET /workspaces` (contract §2.1). Non-essential fields default so older platforms still parse. */
export const workspaceRowSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  role: z.string().nullable().default(null),
  tier: z.number().int().default(3),
  status: z.string(),
  url: z.string().default(""),
  parent_id: z.string().nullable().default(null),
  x: z.number().default(0),
  y: z.number().default(0),
  collapsed: z.boolean().default(false),
  agent_card: agentCardSchema.nullable().catch(null).default(null),
  active_tasks: z.number().int().default(0),
  max_concurrent_tasks: z.number().int().default(1),
  current_task: z.string().default(""),
  last_error_rate: z.number().default(0),
  last_sample_error: z.string().default(""),
  uptime_seconds: z.number().default(0),
  runtime: z.string().default("langgraph"),
  workspace_dir: z.string().nullable().default(null),
  budget_limit: z.number().int().nullable().default(null),
  monthly_spend: z.number().int().default(0),
  provision_timeout_ms: z.number().int().optional(),
  provisioning: provisioningProgressSchema.optional(),
  updated_at: timestampSchema.optional(),
});
export type WorkspaceRow = z.infer<typeof workspaceRowSchema>;
export const workspaceListSchema = z.array(workspaceRowSchema);

/** `GET /workspaces/:id`: the row without the private fields, plus `last_outbound_at`. */
export const workspaceDetailSchema = workspaceRowSchema.extend({
  last_outbound_at: timestampSchema.nullable().default(null),
});
export type WorkspaceDetail = z.infer<typeof workspaceDetailSchema>;

/** Name rule of contract §2.1: ≤255 chars, no newlines, none of `{}[]|>*&!`. */
export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, "name is required")
  .max(255, "name must be at most 255 characters")
  .refine((s) => !/[\r\n]/.test(s), "name must not contain newline characters")
  .refine((s) => !/[{}[\]|>*&!]/.test(s), "name contains invalid characters");

export const createWorkspaceRequestSchema = z.object({
  name: workspaceNameSchema,
  role: z.string().max(1000).optional(),
  template: z.string().optional(),
  runtime: z.string().max(64).optional(),
  external: z.boolean().optional(),
  url: z.string().optional(),
  model: z.string().max(100).optional(),
  tier: z.number().int().min(0).max(4).optional(),
  parent_id: z.string().uuid().nullable().optional(),
  canvas: z.object({ x: z.number(), y: z.number() }).optional(),
  budget_limit: z.number().int().min(0).nullable().optional(),
  secrets: z.record(z.string(), z.string()).optional(),
  max_concurrent_tasks: z.number().int().optional(),
  workspace_dir: z.string().optional(),
  workspace_access: z.enum(["none", "read_only", "read_write"]).optional(),
  initial_memories: z
    .array(z.object({ content: z.string(), scope: z.enum(["LOCAL", "TEAM", "GLOBAL"]) }))
    .optional(),
});
export type CreateWorkspaceRequest = z.infer<typeof createWorkspaceRequestSchema>;

export const connectionSnippetSchema = z.object({
  workspace_id: z.string(),
  platform_url: z.string(),
  auth_token: z.string(),
  registry_endpoint: z.string(),
  heartbeat_endpoint: z.string(),
  curl_register_template: z.string(),
  python_snippet: z.string(),
});
export type ConnectionSnippet = z.infer<typeof connectionSnippetSchema>;

export const createWorkspaceResponseSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  external: z.boolean().optional(),
  connection: connectionSnippetSchema.optional(),
});

export const patchWorkspaceRequestSchema = z
  .object({
    name: workspaceNameSchema.optional(),
    role: z.string().max(1000, "role must be at most 1000 characters").optional(),
    tier: z.number().int().min(1).max(4).optional(),
    parent_id: z.string().uuid().nullable().optional(),
    collapsed: z.boolean().optional(),
    runtime: z.string().max(64).optional(),
    workspace_dir: z.string().nullable().optional(),
    x: z.number().optional(),
    y: z.number().optional(),
  })
  .refine((b) => (b.x === undefined) === (b.y === undefined), "x and y must be sent together");
export type PatchWorkspaceRequest = z.infer<typeof patchWorkspaceRequestSchema>;

/** 409 body of DELETE without `confirm=true` on a workspace with children. */
export const deleteConfirmationSchema = z.object({
  status: z.literal("confirmation_required"),
  message: z.string(),
  children: z.array(z.object({ id: z.string(), name: z.string() })),
  children_count: z.number().int(),
});
export const deleteWorkspaceResponseSchema = z.looseObject({
  status: z.enum(["removed", "purged"]),
  cascade_deleted: z.number().int(),
});

export const restartResponseSchema = z.looseObject({ status: z.literal("provisioning") });
export const pauseResponseSchema = z.looseObject({
  status: z.literal("paused"),
  paused_count: z.number().int(),
});
export const resumeResponseSchema = z.looseObject({
  status: z.literal("provisioning"),
  resumed_count: z.number().int(),
});
export const viewportSchema = z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() });
export type Viewport = z.infer<typeof viewportSchema>;

export const budgetSchema = z.object({
  budget_limit: z.number().int().nullable(),
  monthly_spend: z.number().int(),
  budget_remaining: z.number().int().nullable(),
});
export const patchBudgetRequestSchema = z.object({ budget_limit: z.number().int().min(0).nullable() });
