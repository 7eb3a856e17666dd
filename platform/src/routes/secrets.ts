import type { FastifyInstance, FastifyRequest } from "fastify";
import { putSecretRequestSchema, type ErrorCode } from "@/lib/contract";
import type { Ctx } from "../context";
import { checkAgentToken, guard, orgOf } from "../http/auth";
import { HttpError, badRequest, parseBody } from "../http/errors";
import {
  deleteGlobalSecret,
  deleteWorkspaceSecret,
  listGlobalSecrets,
  listWorkspaceSecrets,
  saveGlobalSecret,
  saveWorkspaceSecret,
  secretValues,
  type SecretRefusal,
} from "../lifecycle/secrets";

/** Secrets routes check ids against a lowercase-only UUID (contract §1). */
const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type SecretRoute = { Params: { id: string; key?: string } };

const REFUSAL: Record<
  Exclude<SecretRefusal["kind"], "invalid_body">,
  { status: number; code: ErrorCode; error: string }
> = {
  workspace_not_found: { status: 404, code: "workspace_not_found", error: "workspace not found" },
  secret_not_found: { status: 404, code: "secret_not_found", error: "secret not found" },
  encrypt_failed: { status: 500, code: "encrypt_failed", error: "failed to encrypt secret" },
  decrypt_failed: { status: 500, code: "decrypt_failed", error: "failed to decrypt secrets" },
};

/** The contract's error (§5.2) for a refused secrets call. */
function refusal(out: Exclude<SecretRefusal, { kind: "invalid_body" }>): HttpError {
  const { status, code, error } = REFUSAL[out.kind];
  const extra = out.kind === "decrypt_failed" ? { failed_keys: out.failedKeys } : {};
  return new HttpError(status, error, code, extra);
}

/** Throws the body's own 400, exactly as parsing it up front does. */
function invalidBody(body: unknown): never {
  parseBody(body, putSecretRequestSchema);
  throw new Error("a body that failed to parse parsed the second time");
}

const workspaceIdOf = (req: FastifyRequest<SecretRoute>) => {
  const id = req.params.id;
  if (!LOWER_UUID.test(id)) throw badRequest("invalid workspace ID", "invalid_workspace_id");
  return id;
};

/** Global and per-workspace secrets (contract §5.2). Values are sealed at rest and never listed. */
export function registerSecretRoutes(app: FastifyInstance, ctx: Ctx) {
  const admin = { preHandler: guard(ctx, "ADMIN") };
  const wsauth = { preHandler: guard(ctx, "WSAUTH") };

  for (const base of ["/settings/secrets", "/admin/secrets"]) {
    app.get(base, admin, async (req) => listGlobalSecrets(ctx, orgOf(req)));

    const save = async (req: FastifyRequest) => {
      const input = parseBody(req.body, putSecretRequestSchema);
      const out = await saveGlobalSecret(ctx, orgOf(req), input);
      if (out.kind !== "saved") throw refusal(out);
      return { status: "saved", key: input.key, scope: "global" };
    };
    app.put(base, admin, save);
    app.post(base, admin, save);

    app.delete<SecretRoute>(`${base}/:key`, admin, async (req) => {
      const key = req.params.key ?? "";
      const out = await deleteGlobalSecret(ctx, orgOf(req), key);
      if (out.kind !== "deleted") throw refusal(out);
      return { status: "deleted", key, scope: "global" };
    });
  }

  app.get<SecretRoute>("/workspaces/:id/secrets", wsauth, async (req) => {
    const out = await listWorkspaceSecrets(ctx, orgOf(req), workspaceIdOf(req));
    if (out.kind !== "ok") throw refusal(out);
    return out.secrets;
  });

  const saveOwn = async (req: FastifyRequest<SecretRoute>) => {
    const id = workspaceIdOf(req);
    // Parsed without throwing: the operation checks the workspace before refusing the body.
    const parsed = putSecretRequestSchema.safeParse(req.body ?? {});
    const out = await saveWorkspaceSecret(ctx, orgOf(req), id, parsed.success ? parsed.data : null);
    if (out.kind === "invalid_body") invalidBody(req.body);
    if (out.kind !== "saved") throw refusal(out);
    return { status: "saved", key: out.key };
  };
  app.put<SecretRoute>("/workspaces/:id/secrets", wsauth, saveOwn);
  app.post<SecretRoute>("/workspaces/:id/secrets", wsauth, saveOwn);

  app.delete<SecretRoute>("/workspaces/:id/secrets/:key", wsauth, async (req) => {
    const id = workspaceIdOf(req);
    const key = req.params.key ?? "";
    const out = await deleteWorkspaceSecret(ctx, orgOf(req), id, key);
    if (out.kind !== "deleted") throw refusal(out);
    return { status: "deleted", key };
  });

  // For the agent itself only (§5.2): its own token, never the admin token or a session, so no
  // operator credential can read plaintext (stricter than upstream's WSAUTH).
  const ownAgent = {
    preHandler: async (req: FastifyRequest<SecretRoute>) => checkAgentToken(ctx, req, req.params.id),
  };
  app.get<SecretRoute>("/workspaces/:id/secrets/values", ownAgent, async (req) => {
    const out = await secretValues(ctx, orgOf(req), workspaceIdOf(req));
    if (out.kind !== "ok") throw refusal(out);
    return out.values;
  });
}
