import { z } from "zod";
import { timestampSchema } from "./common";

export const pendingApprovalSchema = z.object({
  id: z.string(),
  workspace_id: z.string(),
  workspace_name: z.string(),
  action: z.string(),
  reason: z.string().nullable(),
  status: z.literal("pending"),
  created_at: timestampSchema,
});
export type PendingApproval = z.infer<typeof pendingApprovalSchema>;
export const pendingApprovalListSchema = z.array(pendingApprovalSchema);

export const workspaceApprovalSchema = z.object({
  id: z.string(),
  task_id: z.string().nullable(),
  action: z.string(),
  reason: z.string().nullable(),
  status: z.enum(["pending", "approved", "denied"]),
  decided_by: z.string().nullable(),
  decided_at: timestampSchema.nullable(),
  created_at: timestampSchema,
});
export type WorkspaceApproval = z.infer<typeof workspaceApprovalSchema>;

export const createApprovalRequestSchema = z.object({
  action: z.string().min(1).max(500),
  reason: z.string().max(4000).optional(),
  task_id: z.string().max(200).optional(),
  context: z.unknown().optional(),
});
export const decideApprovalRequestSchema = z.object({
  decision: z.enum(["approved", "denied"], { error: "decision must be 'approved' or 'denied'" }),
  decided_by: z.string().max(200).optional(),
});
export const decideApprovalResponseSchema = z.object({
  status: z.enum(["approved", "denied"]),
  approval_id: z.string(),
});
