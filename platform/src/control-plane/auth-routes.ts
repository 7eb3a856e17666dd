import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Ctx } from "../context";
import { safeReturnTo, type ReturnToPolicy } from "../domain/return-to";
import { loginPage, loginPageCsp } from "./login-page";
import { closeSession, openSession, SESSION_COOKIE, sessionUser } from "./sessions";

const loginFormSchema = z.object({
  email: z.string().trim().email("Enter a valid email address.").max(320),
  return_to: z.string().max(4096).optional(),
});

function sendPage(reply: FastifyReply, status: number, page: Omit<Parameters<typeof loginPage>[0], "nonce">) {
  const nonce = randomBytes(16).toString("base64");
  return reply
    .status(status)
    .header("Content-Security-Policy", loginPageCsp(nonce))
    .type("text/html; charset=utf-8")
    .send(loginPage({ ...page, nonce }));
}

/** Control-plane authentication (control-plane.md §3.2): a local identity provider behind the real paths. */
export function registerAuthRoutes(app: FastifyInstance, ctx: Ctx) {
  const { config } = ctx;
  const policy: ReturnToPolicy = { apex: config.saasDomain, devMode: config.devMode, appUrl: config.appUrl };
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.publicUrl.startsWith("https:"),
    ...(config.saasDomain ? { domain: `.${config.saasDomain}` } : {}),
  };

  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 16 * 1024 },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.get("/cp/auth/me", async (req, reply) => {
    const user = await sessionUser(ctx.db.pg, req.cookies[SESSION_COOKIE]);
    if (!user) return reply.status(401).send({ error: "unauthenticated" });
    return { user_id: user.user_id, org_id: null, email: user.email };
  });

  const showForm = (mode: "sign-in" | "sign-up") => async (req: FastifyRequest, reply: FastifyReply) => {
    const returnTo = (req.query as { return_to?: string }).return_to ?? "";
    return sendPage(reply, 200, { mode, returnTo });
  };
  const submitForm = (mode: "sign-in" | "sign-up") => async (req: FastifyRequest, reply: FastifyReply) => {
    const parsed = loginFormSchema.safeParse(req.body ?? {});
    const rawReturn =
      typeof (req.body as { return_to?: unknown })?.return_to === "string"
        ? (req.body as { return_to: string }).return_to
        : "";
    if (!parsed.success) {
      const error = parsed.error.issues[0]?.message ?? "Enter a valid email address.";
      return sendPage(reply, 400, { mode, returnTo: rawReturn, error });
    }
    const token = await openSession(ctx.db.pg, parsed.data.email);
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: 30 * 24 * 3600 });
    return reply.redirect(safeReturnTo(parsed.data.return_to, policy), 302);
  };
  app.get("/cp/auth/login", showForm("sign-in"));
  app.get("/cp/auth/signup", showForm("sign-up"));
  app.post("/cp/auth/login", submitForm("sign-in"));
  app.post("/cp/auth/signup", submitForm("sign-up"));

  app.post("/cp/auth/signout", async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    const closed = token ? await closeSession(ctx.db.pg, token) : false;
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    if (!closed) return reply.status(401).send({ error: "unauthenticated" });
    return { ok: true, logout_url: "" };
  });
}
