import type { FastifyInstance, FastifyRequest } from "fastify";
import { putSecretRequestSchema, SECRET_KEY_PATTERN, type SecretEntry } from "@/lib/contract";
import type { Ctx } from "../context";
import {
  deleteSecret,
  listSecrets,
  upsertSecret,
  workspacesUsingGlobal,
  type StoredSecret,
} from "../db/secrets";
import { getWorkspace } from "../db/workspaces";
import { checkAgentToken, guard, orgOf } from "../http/auth";
import { HttpError, badRequest, notFound, parseBody } from "../http/errors";
import { runInBackground } from "../lifecycle/background";
import { restartInBackground } from "../lifecycle/provision";
import { secretBox } from "../secrets/crypto";

/** Secrets routes check ids against a lowercase-only UUID (contract §1). */
const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type SecretRoute = { Params: { id: string; key?: string } };

const entry = (s: StoredSecret, scope: "global" | "workspace"): SecretEntry => ({
  key: s.key,
  has_value: true as const,
  scope,
  created_at: s.created_at.toISOString(),
  updated_at: s.updated_at.toISOString(),
});

/** Global and per-workspace secrets (contract §5.2). Values are sealed at rest and never listed. */
export function registerSecretRoutes(app: FastifyInstance, ctx: Ctx) {
  const admin = { preHandler: guard(ctx, "ADMIN") };
  const wsauth = { preHandler: guard(ctx, "WSAUTH") };
  const box = secretBox(ctx.config);
  // Restarts run after the reply; their failures are logged, never surfaced to this request.
  const later = (orgId: string, ids: string[]) =>
    runInBackground(ctx, "restart after a secret change", () => restartInBackground(ctx, orgId, ids));

  const workspaceOf = async (req: FastifyRequest<SecretRoute>) => {
    const id = req.params.id;
    if (!LOWER_UUID.test(id)) throw badRequest("invalid workspace ID", "invalid_workspace_id");
    const rec = await getWorkspace(ctx.db.pg, orgOf(req), id);
    if (!rec || rec.status === "removed") throw notFound("workspace not found", "workspace_not_found");
    return id;
  };

  for (const base of ["/settings/secrets", "/admin/secrets"]) {
    app.get(base, admin, async (req) =>
      (await listSecrets(ctx.db.pg, orgOf(req), null)).map((s) => entry(s, "global")),
    );

    const save = async (req: FastifyRequest) => {
      const { key, value } = parseBody(req.body, putSecretRequestSchema);
      const orgId = orgOf(req);
      await upsertSecret(ctx.db.pg, orgId, null, key, await seal(value));
      later(orgId, await workspacesUsingGlobal(ctx.db.pg, orgId, key));
      return { status: "saved", key, scope: "global" };
    };
    app.put(base, admin, save);
    app.post(base, admin, save);

    app.delete<SecretRoute>(`${base}/:key`, admin, async (req) => {
      const key = req.params.key ?? "";
      const orgId = orgOf(req);
      if (!SECRET_KEY_PATTERN.test(key) || !(await deleteSecret(ctx.db.pg, orgId, null, key))) {
        throw notFound("secret not found", "secret_not_found");
      }
      later(orgId, await workspacesUsingGlobal(ctx.db.pg, orgId, key));
      return { status: "deleted", key, scope: "global" };
    });
  }

  app.get<SecretRoute>("/workspaces/:id/secrets", wsauth, async (req) => {
    const id = await workspaceOf(req);
    const own = await listSecrets(ctx.db.pg, orgOf(req), id);
    const owned = new Set(own.map((s) => s.key));
    const global = (await listSecrets(ctx.db.pg, orgOf(req), null)).filter((s) => !owned.has(s.key));
    return [...own.map((s) => entry(s, "workspace")), ...global.map((s) => entry(s, "global"))];
  });

  const saveOwn = async (req: FastifyRequest<SecretRoute>) => {
    const id = await workspaceOf(req);
    const { key, value } = parseBody(req.body, putSecretRequestSchema);
    await upsertSecret(ctx.db.pg, orgOf(req), id, key, await seal(value));
    later(orgOf(req), [id]);
    return { status: "saved", key };
  };
  app.put<SecretRoute>("/workspaces/:id/secrets", wsauth, saveOwn);
  app.post<SecretRoute>("/workspaces/:id/secrets", wsauth, saveOwn);

  app.delete<SecretRoute>("/workspaces/:id/secrets/:key", wsauth, async (req) => {
    const id = await workspaceOf(req);
    const key = req.params.key ?? "";
    if (!SECRET_KEY_PATTERN.test(key) || !(await deleteSecret(ctx.db.pg, orgOf(req), id, key))) {
      throw notFound("secret not found", "secret_not_found");
    }
    later(orgOf(req), [id]);
    return { status: "deleted", key };
  });

  // For the agent itself only (§5.2): its own token, never the admin token or a session, so no
  // operator credential can read plaintext (stricter than upstream's WSAUTH).
  const ownAgent = {
    preHandler: async (req: FastifyRequest<SecretRoute>) => checkAgentToken(ctx, req, req.params.id),
  };
  app.get<SecretRoute>("/workspaces/:id/secrets/values", ownAgent, async (req) => {
    const id = await workspaceOf(req);
    const rows = [
      ...(await listSecrets(ctx.db.pg, orgOf(req), null)),
      ...(await listSecrets(ctx.db.pg, orgOf(req), id)),
    ];
    const out: Record<string, string> = {};
    const failed: string[] = [];
    for (const s of rows) {
      try {
        out[s.key] = await box.open(s.ciphertext); // workspace rows come last, so they override
      } catch {
        failed.push(s.key);
      }
    }
    if (failed.length)
      throw new HttpError(500, "failed to decrypt secrets", "decrypt_failed", { failed_keys: failed });
    return out;
  });

  async function seal(value: string): Promise<string> {
    try {
      return await box.seal(value);
    } catch (err) {
      ctx.log.error("secret encryption failed", err);
      throw new HttpError(500, "failed to encrypt secret", "encrypt_failed");
    }
  }
}
