import { isErrorCode, type ErrorCode } from "@/lib/contract/errors";

/** Codes the canvas may see on an `ApiError`: the platform's, plus the client's own. */
export type CanvasErrorCode = ErrorCode | "session_expired";

export type ErrorMessage = { title: string; message: string; retryable: boolean };

const refused = (title: string, message: string): ErrorMessage => ({ title, message, retryable: false });
const retry = (title: string, message: string): ErrorMessage => ({ title, message, retryable: true });

/**
 * The canvas's own words for every code: the server's `error` sentence is never shown as-is.
 * A `Record`, so a code added to the contract fails the typecheck until it has words here.
 */
export const ERROR_MESSAGES: Record<CanvasErrorCode, ErrorMessage> = {
  invalid_body: refused(
    "The request was refused",
    "Some of the details sent are not valid. Check them and try again.",
  ),
  invalid_json: refused("The request was refused", "The platform could not read what was sent."),
  invalid_utf8: refused("The request was refused", "The text sent is not valid UTF-8."),
  nul_character: refused(
    "The request was refused",
    "The text contains a NUL character, which cannot be stored.",
  ),
  unsupported_media_type: refused("The request was refused", "The platform takes JSON only."),
  body_too_large: refused("Too much to send", "What was sent is larger than the platform accepts."),
  invalid_workspace_id: refused("Not a workspace", "That link does not name a workspace."),
  invalid_query: refused("The request was refused", "The filter is not valid. Change it and try again."),
  invalid_template: refused("Template not usable", "That template is not valid."),
  invalid_directory: refused("Directory not usable", "That directory is not allowed. Choose another one."),
  invalid_bundle: refused("Bundle not usable", "That file is not a valid workspace bundle."),
  invalid_slug: refused(
    "Choose another address",
    "Use 3–32 lowercase letters, digits or single hyphens, starting with a letter.",
  ),
  invalid_input: refused("Check the form", "Some fields are missing or not valid."),
  parent_not_found: refused("Parent not found", "The parent workspace no longer exists."),
  parent_cycle: refused(
    "Cannot move it there",
    "A workspace cannot be placed under one of its own children.",
  ),
  self_delegation: refused("Cannot delegate", "A workspace cannot delegate a task to itself."),
  caller_id_required: refused("The request was refused", "The calling workspace was not named."),
  confirmation_mismatch: refused("Confirmation does not match", "Type the org's address exactly to confirm."),
  template_expansion_failed: refused(
    "Template not usable",
    "The org template names a workspace template that does not exist.",
  ),
  bundle_too_deep: refused(
    "Bundle too large",
    "The bundle nests workspaces deeper than the platform allows.",
  ),
  bundle_too_large: refused("Bundle too large", "The bundle holds more workspaces than the platform allows."),
  org_template_too_deep: refused(
    "Template too large",
    "The org template nests workspaces deeper than the platform allows.",
  ),
  org_template_too_large: refused(
    "Template too large",
    "The org template holds more workspaces than the platform allows.",
  ),
  unauthenticated: refused("Sign in to continue", "This needs you to be signed in."),
  invalid_token: refused("Not allowed", "The credential sent was not accepted. Sign in again."),
  invalid_credentials: refused("Sign-in failed", "The email or password is incorrect."),
  session_expired: refused("Your session has ended", "Sign in again to continue."),
  admin_required: refused("Not allowed", "Only an admin or a member of the org can change that."),
  terms_not_accepted: refused("Accept the terms first", "Accept the terms before creating an org."),
  invalid_caller_id: refused("Not allowed", "The calling workspace is not valid."),
  communication_denied: refused("Not allowed", "These workspaces may not talk to each other."),
  source_mismatch: refused("Not allowed", "A workspace may only log activity for itself."),
  discovery_denied: refused("Not allowed", "This workspace may not look up that one."),
  route_not_found: refused("Not found", "The platform does not offer this. It may be a different version."),
  org_not_found: refused("Org not found", "It does not exist, or you are not a member of it."),
  workspace_not_found: refused("Workspace not found", "It may have been removed."),
  secret_not_found: refused("Secret not found", "It may have been deleted already."),
  token_not_found: refused("Token not found", "It may have been revoked already."),
  approval_not_found: refused("Approval not found", "It may have been decided already."),
  delegation_not_found: refused("Delegation not found", "It may have finished or been removed."),
  bundle_not_found: refused("Nothing to export", "That workspace no longer exists."),
  template_not_found: refused("Template not found", "No org template has that name."),
  budget_exceeded: refused(
    "Budget reached",
    "This workspace has spent its monthly budget. Raise the limit to go on.",
  ),
  confirmation_required: refused("Confirm to continue", "This also removes the workspace's children."),
  parent_paused: refused("Parent is paused", "Resume the parent workspace first."),
  active_tasks: refused("Workspace is busy", "It is still working on tasks. Force it to stop them, or wait."),
  org_not_failed: refused("Nothing to retry", "Only an org whose setup failed can be set up again."),
  slug_reserved: refused("Choose another address", "That address is reserved."),
  slug_taken: refused("Choose another address", "That address is taken."),
  org_quota: refused("Org limit reached", "You own as many orgs as you may. Delete one to create another."),
  email_taken: refused("Account exists", "An account with this email already exists. Sign in instead."),
  missing_env: refused("Secrets missing", "Add the secrets this template needs, then import it again."),
  host_not_allowed: refused("Unknown address", "The platform does not answer at this address."),
  rate_limited: retry(
    "Too many requests",
    "The platform is rate-limiting this browser. Wait a moment and try again.",
  ),
  too_many_attempts: retry("Too many attempts", "Wait a little before you try to sign in again."),
  a2a_loop: refused(
    "Call loop stopped",
    "The agents kept passing this call between them, so it was stopped.",
  ),
  internal_error: retry(
    "The platform had a problem",
    "Something went wrong on its side. Try again in a moment.",
  ),
  platform_unavailable: retry(
    "The platform is temporarily unavailable",
    "Its datastore is down. It usually recovers on its own; try again shortly.",
  ),
  provisioner_unavailable: refused(
    "Cannot start workspaces",
    "This platform has no way to run agents. Ask an admin to set one up.",
  ),
  workspace_unavailable: retry("Workspace not running", "It is not online yet. Try again once it is."),
  workspace_waking: retry("Workspace is waking up", "It was hibernating. Try again in about 15 seconds."),
  agent_unreachable: retry(
    "Can't reach the agent",
    "The workspace's agent did not answer. Try again in a moment.",
  ),
  agent_restarting: retry(
    "Agent is restarting",
    "Its agent stopped answering and is being restarted. Try again shortly.",
  ),
  agent_error: refused("The agent refused", "The workspace's agent answered with an error."),
  bad_agent_response: retry(
    "Unreadable answer",
    "The agent's answer could not be read. It may have run the task anyway.",
  ),
  url_not_routable: refused("Agent address refused", "The workspace's address points to a private network."),
  decrypt_failed: retry(
    "Secrets unreadable",
    "The platform could not read the stored secrets. Try again in a moment.",
  ),
  encrypt_failed: retry(
    "Secret not saved",
    "The platform could not store the secret. Try again in a moment.",
  ),
  stop_failed: retry("Removed, not fully stopped", "Some agents did not stop. Remove it again to retry."),
  purge_incomplete: retry(
    "Deletion unfinished",
    "The org was only partly deleted. Delete it again to finish.",
  ),
};

/** The canvas's words for `code`, or null when there is none or this build does not know it. */
export function messageForCode(code: string | undefined): ErrorMessage | null {
  if (code === "session_expired") return ERROR_MESSAGES.session_expired;
  return isErrorCode(code) ? ERROR_MESSAGES[code] : null;
}
