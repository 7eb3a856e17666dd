import { SECRET_KEY_PATTERN, type SecretEntry } from "@/lib/contract";
import type { Ctx } from "../context";
import {
  deleteSecret,
  listSecrets,
  upsertSecret,
  workspacesUsingGlobal,
  type StoredSecret,
} from "../db/secrets";
import { getWorkspace } from "../db/workspaces";
import { secretBox } from "../secrets/crypto";
import { runInBackground } from "./background";
import { restartInBackground } from "./provision";

/** Why a secrets call was refused; routes map each kind to the contract's error (§5.2). */
export type SecretRefusal =
  | { kind: "workspace_not_found" }
  | { kind: "secret_not_found" }
  | { kind: "invalid_body" }
  | { kind: "encrypt_failed" }
  | { kind: "decrypt_failed"; failedKeys: string[] };

type Refused<K extends SecretRefusal["kind"]> = Extract<SecretRefusal, { kind: K }>;
type SecretInput = { key: string; value: string };

const entry = (s: StoredSecret, scope: "global" | "workspace"): SecretEntry => ({
  key: s.key,
  has_value: true as const,
  scope,
  created_at: s.created_at.toISOString(),
  updated_at: s.updated_at.toISOString(),
});

/** Restarts run after the reply; their failures are logged, never surfaced to the request. */
const restartLater = (ctx: Ctx, orgId: string, ids: string[]) =>
  runInBackground(ctx, "restart after a secret change", () => restartInBackground(ctx, orgId, ids));

const isLive = async (ctx: Ctx, orgId: string, id: string) => {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  return !!rec && rec.status !== "removed";
};

async function seal(ctx: Ctx, value: string): Promise<string | null> {
  try {
    return await secretBox(ctx.config).seal(value);
  } catch (err) {
    ctx.log.error("secret encryption failed", err);
    return null;
  }
}

/** The org's global secrets, without values. */
export async function listGlobalSecrets(ctx: Ctx, orgId: string): Promise<SecretEntry[]> {
  return (await listSecrets(ctx.db.pg, orgId, null)).map((s) => entry(s, "global"));
}

/** Seals and stores a global secret, then restarts the workspaces that use it (no override). */
export async function saveGlobalSecret(
  ctx: Ctx,
  orgId: string,
  { key, value }: SecretInput,
): Promise<{ kind: "saved" } | Refused<"encrypt_failed">> {
  const sealed = await seal(ctx, value);
  if (sealed === null) return { kind: "encrypt_failed" };
  await upsertSecret(ctx.db.pg, orgId, null, key, sealed);
  restartLater(ctx, orgId, await workspacesUsingGlobal(ctx.db.pg, orgId, key));
  return { kind: "saved" };
}

/** Deletes a global secret, then restarts the workspaces that used it. */
export async function deleteGlobalSecret(
  ctx: Ctx,
  orgId: string,
  key: string,
): Promise<{ kind: "deleted" } | Refused<"secret_not_found">> {
  if (!SECRET_KEY_PATTERN.test(key) || !(await deleteSecret(ctx.db.pg, orgId, null, key))) {
    return { kind: "secret_not_found" };
  }
  restartLater(ctx, orgId, await workspacesUsingGlobal(ctx.db.pg, orgId, key));
  return { kind: "deleted" };
}

/** A live workspace's own secrets, then the global ones it does not override. */
export async function listWorkspaceSecrets(
  ctx: Ctx,
  orgId: string,
  id: string,
): Promise<{ kind: "ok"; secrets: SecretEntry[] } | Refused<"workspace_not_found">> {
  if (!(await isLive(ctx, orgId, id))) return { kind: "workspace_not_found" };
  const own = await listSecrets(ctx.db.pg, orgId, id);
  const owned = new Set(own.map((s) => s.key));
  const global = (await listSecrets(ctx.db.pg, orgId, null)).filter((s) => !owned.has(s.key));
  return {
    kind: "ok",
    secrets: [...own.map((s) => entry(s, "workspace")), ...global.map((s) => entry(s, "global"))],
  };
}

/**
 * Seals and stores a live workspace's own secret, then restarts it. `input` is null when the
 * body did not parse: that is refused only after the workspace check, so an unknown workspace
 * stays a 404 whatever the body.
 */
export async function saveWorkspaceSecret(
  ctx: Ctx,
  orgId: string,
  id: string,
  input: SecretInput | null,
): Promise<
  { kind: "saved"; key: string } | Refused<"workspace_not_found" | "invalid_body" | "encrypt_failed">
> {
  if (!(await isLive(ctx, orgId, id))) return { kind: "workspace_not_found" };
  if (input === null) return { kind: "invalid_body" };
  const sealed = await seal(ctx, input.value);
  if (sealed === null) return { kind: "encrypt_failed" };
  await upsertSecret(ctx.db.pg, orgId, id, input.key, sealed);
  restartLater(ctx, orgId, [id]);
  return { kind: "saved", key: input.key };
}

/** Deletes a live workspace's own secret, then restarts it. */
export async function deleteWorkspaceSecret(
  ctx: Ctx,
  orgId: string,
  id: string,
  key: string,
): Promise<{ kind: "deleted" } | Refused<"workspace_not_found" | "secret_not_found">> {
  if (!(await isLive(ctx, orgId, id))) return { kind: "workspace_not_found" };
  if (!SECRET_KEY_PATTERN.test(key) || !(await deleteSecret(ctx.db.pg, orgId, id, key))) {
    return { kind: "secret_not_found" };
  }
  restartLater(ctx, orgId, [id]);
  return { kind: "deleted" };
}

/** The plaintext a live workspace runs with: global values, overridden by its own. */
export async function secretValues(
  ctx: Ctx,
  orgId: string,
  id: string,
): Promise<
  { kind: "ok"; values: Record<string, string> } | Refused<"workspace_not_found" | "decrypt_failed">
> {
  if (!(await isLive(ctx, orgId, id))) return { kind: "workspace_not_found" };
  const rows = [...(await listSecrets(ctx.db.pg, orgId, null)), ...(await listSecrets(ctx.db.pg, orgId, id))];
  const box = secretBox(ctx.config);
  const values: Record<string, string> = {};
  const failedKeys: string[] = [];
  for (const s of rows) {
    try {
      values[s.key] = await box.open(s.ciphertext); // workspace rows come last, so they override
    } catch {
      failedKeys.push(s.key);
    }
  }
  if (failedKeys.length) return { kind: "decrypt_failed", failedKeys };
  return { kind: "ok", values };
}
