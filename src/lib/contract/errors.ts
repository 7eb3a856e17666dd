import { z } from "zod";

/**
 * The stable `code` of every error body the platform sends, one per distinct failure. The
 * `error` sentence beside it may change wording; a client acts on the code.
 */
export const ERROR_CODES = [
  // The request itself (400, 413, 415)
  "invalid_body",
  "invalid_json",
  "invalid_utf8",
  "nul_character",
  "unsupported_media_type",
  "body_too_large",
  "invalid_workspace_id",
  "invalid_query",
  "invalid_template",
  "invalid_directory",
  "invalid_bundle",
  "invalid_slug",
  "invalid_input",
  "parent_not_found",
  "parent_cycle",
  "self_delegation",
  "caller_id_required",
  "confirmation_mismatch",
  "template_expansion_failed",
  "bundle_too_deep",
  "bundle_too_large",
  "org_template_too_deep",
  "org_template_too_large",
  // Who is asking (401, 403)
  "unauthenticated",
  "invalid_token",
  "invalid_credentials",
  "admin_required",
  "terms_not_accepted",
  "invalid_caller_id",
  "communication_denied",
  "source_mismatch",
  "discovery_denied",
  // What was asked for (404)
  "route_not_found",
  "org_not_found",
  "workspace_not_found",
  "secret_not_found",
  "token_not_found",
  "approval_not_found",
  "delegation_not_found",
  "bundle_not_found",
  "template_not_found",
  // The state it is in (402, 409, 412)
  "budget_exceeded",
  "confirmation_required",
  "parent_paused",
  "active_tasks",
  "org_not_failed",
  "slug_reserved",
  "slug_taken",
  "org_quota",
  "email_taken",
  "missing_env",
  // Limits and routing (421, 429, 508)
  "host_not_allowed",
  "rate_limited",
  "too_many_attempts",
  "a2a_loop",
  // The platform or the agent behind it (5xx, and an agent's own refusal passed on)
  "internal_error",
  "platform_unavailable",
  "provisioner_unavailable",
  "workspace_unavailable",
  "workspace_waking",
  "agent_unreachable",
  "agent_restarting",
  "agent_error",
  "bad_agent_response",
  "url_not_routable",
  "decrypt_failed",
  "encrypt_failed",
  "stop_failed",
  "purge_incomplete",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);
export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === "string" && CODES.has(code);

/** What this platform answers every failure with: a sentence, a known code, and the fields at fault. */
export const errorBodySchema = z.looseObject({
  error: z.string(),
  code: z.enum(ERROR_CODES),
  fields: z.array(z.string()).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * What the canvas accepts as an error body: another platform version may send no code, or one
 * this build does not know (check it with `isErrorCode`), and the reply must still be read.
 */
export const receivedErrorBodySchema = errorBodySchema.extend({ code: z.string().optional() });
