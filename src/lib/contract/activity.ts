import { z } from "zod";
import { timestampSchema } from "./common";

/** Types an agent may write itself with `POST /workspaces/:id/activity` (contract §6.2). */
export const AGENT_ACTIVITY_TYPES = [
  "a2a_send",
  "task_update",
  "agent_log",
  "skill_promotion",
  "memory_write",
  "error",
] as const;

/** An activity row (contract §6.1). Body keys are absent when NULL. */
export const activityRowSchema = z.looseObject({
  id: z.string(),
  workspace_id: z.string(),
  activity_type: z.string(),
  source_id: z.string().nullable(),
  target_id: z.string().nullable(),
  method: z.string().nullable(),
  summary: z.string().nullable(),
  request_body: z.unknown().optional(),
  response_body: z.unknown().optional(),
  tool_trace: z.unknown().optional(),
  duration_ms: z.number().int().nullable(),
  status: z.string(),
  error_detail: z.string().nullable(),
  created_at: timestampSchema,
});
export type ActivityRow = z.infer<typeof activityRowSchema>;
export const activityListSchema = z.array(activityRowSchema);

export const postActivityRequestSchema = z.object({
  activity_type: z.enum(AGENT_ACTIVITY_TYPES),
  method: z.string().max(200).optional(),
  summary: z.string().max(2000).optional(),
  target_id: z.string().uuid().optional(),
  source_id: z.string().uuid().optional(),
  status: z.string().max(32).optional(),
  error_detail: z.string().max(8000).optional(),
  duration_ms: z.number().int().min(0).optional(),
  request_body: z.unknown().optional(),
  response_body: z.unknown().optional(),
  metadata: z.unknown().optional(),
});
