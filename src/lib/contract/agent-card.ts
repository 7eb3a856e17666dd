import { z } from "zod";

export const agentSkillSchema = z.looseObject({
  id: z.string().default(""),
  name: z.string().default(""),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
});

/**
 * A2A Agent Card as agents publish it. Loose: agents add fields freely, and every
 * string in here is agent-supplied text that the UI renders inert.
 */
export const agentCardSchema = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  version: z.string().optional(),
  url: z.string().optional(),
  capabilities: z.record(z.string(), z.unknown()).optional(),
  skills: z.array(agentSkillSchema).optional(),
});
export type AgentCard = z.infer<typeof agentCardSchema>;
