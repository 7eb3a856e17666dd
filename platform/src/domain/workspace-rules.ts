import path from "node:path";
import type { z } from "zod";
import { isReachable } from "@/lib/contract";

/** Host paths a workspace may never mount (contract §2.3 "not a system path"). */
const SYSTEM_DIRS = [
  "/",
  "/bin",
  "/boot",
  "/dev",
  "/etc",
  "/lib",
  "/lib64",
  "/proc",
  "/root",
  "/run",
  "/sbin",
  "/sys",
  "/usr",
  "/var",
];

/** A mountable workspace directory: absolute, without `..`, and not a system directory or inside one. */
export function isValidWorkspaceDir(dir: string): boolean {
  if (!dir || !path.isAbsolute(dir) || dir.includes("\0")) return false;
  if (dir.split("/").includes("..")) return false;
  const norm = path.posix.normalize(dir).replace(/\/+$/, "") || "/";
  return !SYSTEM_DIRS.some((sys) => norm === sys || (sys !== "/" && norm.startsWith(`${sys}/`)));
}

type Issue = z.core.$ZodIssue;

/** Create maps type/shape failures to `invalid workspace payload` and rule failures to `invalid workspace fields`. */
export function createErrorMessage(issues: readonly Issue[]): string {
  const bind = issues.some(
    (i) => i.code === "invalid_type" || i.code === "unrecognized_keys" || i.code === "invalid_union",
  );
  return bind ? "invalid workspace payload" : "invalid workspace fields";
}

/** PATCH answers with the rule's own message (e.g. "name must not contain newline characters"). */
export function patchErrorMessage(issues: readonly Issue[]): string {
  const issue = issues[0];
  if (!issue || issue.code === "invalid_type") return "invalid request body";
  const field = String(issue.path[0] ?? "");
  if (field === "name" || field === "role" || issue.code === "custom") return issue.message;
  if (field === "tier") return "tier must be an integer from 1 to 4";
  return "invalid request body";
}

/** Status rules for lifecycle actions (contract §2.3). */
export const canHibernate = (status: string) => isReachable(status);
export const isExternalRuntime = (runtime: string | undefined, external: boolean | undefined) =>
  external === true || runtime === "external";

/** Upstream default provisioning timeouts per runtime; anything else gets 10 minutes. */
const RUNTIME_TIMEOUT_MS: Record<string, number> = { hermes: 30 * 60_000 };
export const DEFAULT_PROVISION_TIMEOUT_MS = 10 * 60_000;

/**
 * How long a workspace may stay `provisioning` before the sweep fails it (contract §7):
 * `PROVISION_TIMEOUT_SECONDS` overrides everything, then the row's `provision_timeout_ms`
 * (from its template manifest), then the runtime default.
 */
export function provisionTimeoutMs(
  runtime: string,
  rowTimeoutMs: number | null,
  overrideSeconds: number | null,
): number {
  if (overrideSeconds !== null && overrideSeconds > 0) return overrideSeconds * 1000;
  if (rowTimeoutMs !== null && rowTimeoutMs > 0) return rowTimeoutMs;
  return RUNTIME_TIMEOUT_MS[runtime] ?? DEFAULT_PROVISION_TIMEOUT_MS;
}

/** The first paused workspace on `chain` (the ancestors, nearest first), if any. */
export function firstPaused<T extends { status: string }>(chain: T[]): T | undefined {
  return chain.find((w) => w.status === "paused");
}

/** True when making `newParentId` the parent of `id` would close a loop. */
export function wouldCycle(
  id: string,
  newParentId: string,
  parentOf: (id: string) => string | null | undefined,
): boolean {
  let current: string | null | undefined = newParentId;
  for (let hop = 0; hop < 64 && current; hop++) {
    if (current === id) return true;
    current = parentOf(current);
  }
  return false;
}

/** The `connection` block of an external create without a URL (contract §2.3). */
export function connectionSnippet(platformUrl: string, workspaceId: string, token: string) {
  const registry = `${platformUrl}/registry/register`;
  const heartbeat = `${platformUrl}/registry/heartbeat`;
  return {
    workspace_id: workspaceId,
    platform_url: platformUrl,
    auth_token: token,
    registry_endpoint: registry,
    heartbeat_endpoint: heartbeat,
    curl_register_template:
      `curl -X POST ${registry} -H 'Content-Type: application/json' -H 'Authorization: Bearer ${token}' ` +
      `-d '{"id":"${workspaceId}","url":"<YOUR_AGENT_URL>","agent_card":{"name":"<NAME>","skills":[]}}'`,
    python_snippet: [
      "import requests",
      `PLATFORM = "${platformUrl}"`,
      `HEADERS = {"Authorization": "Bearer ${token}"}`,
      `requests.post(f"{PLATFORM}/registry/register", headers=HEADERS, json={"id": "${workspaceId}", "url": "<YOUR_AGENT_URL>", "agent_card": {"name": "<NAME>", "skills": []}})`,
      `requests.post(f"{PLATFORM}/registry/heartbeat", headers=HEADERS, json={"workspace_id": "${workspaceId}", "active_tasks": 0})`,
    ].join("\n"),
  };
}
