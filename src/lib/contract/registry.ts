import { z } from "zod";
import { agentCardSchema } from "./agent-card";

export const registerRequestSchema = z.object({
  id: z.string().uuid(),
  url: z.string().url(),
  agent_card: agentCardSchema,
});
export const registerResponseSchema = z.object({
  status: z.literal("registered"),
  auth_token: z.string().optional(),
});
export type RegisterResponse = z.infer<typeof registerResponseSchema>;

export const heartbeatRequestSchema = z.object({
  workspace_id: z.string().uuid(),
  error_rate: z.number().min(0).max(1).default(0),
  sample_error: z.string().max(8000).default(""),
  active_tasks: z.number().int().min(0).default(0),
  uptime_seconds: z.number().min(0).default(0),
  current_task: z.string().max(2000).default(""),
  monthly_spend: z.number().int().min(0).default(0),
  runtime_state: z.enum(["", "wedged"]).default(""),
  runtime_metadata: z
    .looseObject({
      capabilities: z.record(z.string(), z.unknown()).optional(),
      idle_timeout_seconds: z.number().optional(),
    })
    .optional(),
});

export const updateCardRequestSchema = z.object({
  workspace_id: z.string().uuid(),
  agent_card: agentCardSchema,
});

export const peerSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  tier: z.number().int(),
  status: z.string(),
  url: z.string(),
  parent_id: z.string().nullable(),
  active_tasks: z.number().int(),
  agent_card: agentCardSchema.nullable(),
});
export type Peer = z.infer<typeof peerSchema>;
export const peerListSchema = z.array(peerSchema);

export const checkAccessRequestSchema = z.object({ caller_id: z.string(), target_id: z.string() });

export const delegateRequestSchema = z.object({
  target_id: z.string().uuid("target_id must be a valid UUID"),
  task: z.string().min(1).max(100_000),
  idempotency_key: z.string().max(200).optional(),
});
export const delegateResponseSchema = z.looseObject({
  delegation_id: z.string(),
  status: z.string(),
  target_id: z.string(),
  idempotent_hit: z.boolean().optional(),
});
export type DelegateResponse = z.infer<typeof delegateResponseSchema>;

/** `POST /workspaces/:id/delegations/record` (agent-initiated direct A2A, contract §4.3). */
export const recordDelegationRequestSchema = z.object({
  target_id: z.string().uuid(),
  task: z.string().min(1).max(100_000),
  delegation_id: z.string().min(1).max(200),
});

/** `POST /workspaces/:id/delegations/:delegation_id/update`. */
export const updateDelegationRequestSchema = z.object({
  status: z.enum(["completed", "failed"]),
  error: z.string().max(8000).optional(),
  response_preview: z.string().max(100_000).optional(),
});

/** One row of `GET /workspaces/:id/delegations` (at most 50, newest first). */
export const delegationRowSchema = z.object({
  id: z.string(),
  type: z.string(),
  source_id: z.string().nullable(),
  target_id: z.string().nullable(),
  summary: z.string().nullable(),
  status: z.string(),
  created_at: z.string(),
  delegation_id: z.string().optional(),
  error: z.string().optional(),
  response_preview: z.string().optional(),
});
export type DelegationRow = z.infer<typeof delegationRowSchema>;
