import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { ErrorCode } from "@/lib/contract";
import type { Ctx } from "../context";
import { acceptTerms, termsAccepted } from "../db/accounts";
import { findMembership } from "../db/orgs";
import { safeReturnTo, type ReturnToPolicy } from "../domain/return-to";
import { HttpError, sendError } from "../http/errors";
import { formBodyParser } from "../http/json-body";
import { loginPage, loginPageCsp } from "./login-page";
import {
  checkCredentials,
  closeSession,
  createUser,
  openSession,
  SESSION_COOKIE,
  SESSION_DAYS,
  sessionUser,
} from "./sessions";
import { signInThrottleOf } from "./sign-in-throttle";

const email = z.string().trim().email("Enter a valid email address.").max(320);
const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(1024),
  return_to: z.string().max(4096).optional(),
});
const signUpSchema = signInSchema.extend({
  password: z.string().min(8, "Use at least 8 characters for the password.").max(1024),
  accept_terms: z.literal("yes", { error: "Accept the terms to create an account." }),
});

type Mode = "sign-in" | "sign-up";

const unauthenticated = () => new HttpError(401, "unauthenticated", "unauthenticated");

function sendPage(reply: FastifyReply, status: number, page: Omit<Parameters<typeof loginPage>[0], "nonce">) {
  const nonce = randomBytes(16).toString("base64");
  return reply
    .status(status)
    .header("Content-Security-Policy", loginPageCsp(nonce))
    .header("Cache-Control", "no-store")
    .type("text/html; charset=utf-8")
    .send(loginPage({ ...page, nonce }));
}

const field = (body: unknown, key: string) => {
  const v = (body as Record<string, unknown> | undefined)?.[key];
  return typeof v === "string" ? v : "";
};
const isJson = (req: FastifyRequest) => /^application\/json\b/i.test(req.headers["content-type"] ?? "");
const consentOf = (req: FastifyRequest) => ({ ip: req.ip, userAgent: req.headers["user-agent"] ?? "" });

/** Control-plane authentication (control-plane.md §3.2): a local identity provider behind the real paths. */
export function registerAuthRoutes(app: FastifyInstance, ctx: Ctx) {
  const { config } = ctx;
  const policy: ReturnToPolicy = { apex: config.saasDomain, devMode: config.devMode, appUrl: config.appUrl };
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    // Production SaaS always serves people over https; only dev mode on plain http goes without.
    secure: config.publicUrl.startsWith("https:") || (!!config.saasDomain && !config.devMode),
    ...(config.saasDomain ? { domain: `.${config.saasDomain}` } : {}),
  };
  const currentUser = (req: FastifyRequest) => sessionUser(ctx.db.pg, req.cookies[SESSION_COOKIE]);

  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 16 * 1024 },
    formBodyParser(["/cp/auth/login", "/cp/auth/signup"]),
  );

  app.get("/cp/auth/me", async (req, reply) => {
    const user = await currentUser(req);
    if (!user) return sendError(reply, unauthenticated());
    return { user_id: user.user_id, org_id: null, email: user.email };
  });

  const showForm = (mode: Mode) => async (req: FastifyRequest, reply: FastifyReply) => {
    const returnTo = (req.query as { return_to?: string }).return_to ?? "";
    return sendPage(reply, 200, { mode, returnTo: returnTo.slice(0, 4096) });
  };
  const submitForm = (mode: Mode) => async (req: FastifyRequest, reply: FastifyReply) => {
    const parsed = (mode === "sign-up" ? signUpSchema : signInSchema).safeParse(req.body ?? {});
    // A JSON request gets its error as JSON; the form gets the page again with the message on it.
    const again = (status: number, error: string, code: ErrorCode) =>
      isJson(req)
        ? sendError(reply, new HttpError(status, error, code))
        : sendPage(reply, status, {
            mode,
            returnTo: field(req.body, "return_to"),
            email: field(req.body, "email"),
            error,
          });
    const tooMany = (seconds: number) => {
      reply.header("Retry-After", String(seconds));
      return again(429, `Too many sign-in attempts — try again in ${seconds} s.`, "too_many_attempts");
    };
    if (!parsed.success)
      return again(400, parsed.error.issues[0]?.message ?? "Check the form and try again.", "invalid_input");
    const { data } = parsed;
    let userId: string | null;
    if (mode === "sign-up") {
      userId = await createUser(ctx.db.pg, data.email, data.password, consentOf(req));
      if (!userId)
        return again(409, "An account with this email already exists. Sign in instead.", "email_taken");
    } else {
      const throttle = signInThrottleOf(ctx);
      // Checked before the password, so a locked account gives nothing away, the right password included.
      const wait = throttle.waitSeconds(data.email, req.ip);
      if (wait > 0) return tooMany(wait);
      userId = await checkCredentials(ctx.db.pg, data.email, data.password);
      if (!userId) {
        const locked = throttle.failed(data.email, req.ip);
        return locked > 0
          ? tooMany(locked)
          : again(401, "Email or password is incorrect.", "invalid_credentials");
      }
      throttle.succeeded(data.email);
    }
    const token = await openSession(ctx.db.pg, userId);
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_DAYS * 24 * 3600 });
    return reply.redirect(safeReturnTo(data.return_to, policy), 302);
  };
  app.get("/cp/auth/login", showForm("sign-in"));
  app.get("/cp/auth/signup", showForm("sign-up"));
  app.post("/cp/auth/login", submitForm("sign-in"));
  app.post("/cp/auth/signup", submitForm("sign-up"));

  app.post("/cp/auth/signout", async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    const closed = token ? await closeSession(ctx.db.pg, token) : false;
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    if (!closed) return sendError(reply, unauthenticated());
    return { ok: true, logout_url: "" };
  });

  app.get("/cp/auth/terms-status", async (req, reply) => {
    const user = await currentUser(req);
    if (!user) return sendError(reply, unauthenticated());
    return { accepted: await termsAccepted(ctx.db.pg, user.user_id), version: "local-1" };
  });
  app.post("/cp/auth/accept-terms", async (req, reply) => {
    const user = await currentUser(req);
    if (!user) return sendError(reply, unauthenticated());
    await acceptTerms(ctx.db.pg, user.user_id, consentOf(req));
    return { accepted: true };
  });

  app.get("/cp/auth/tenant-member", async (req) => {
    const slug = (req.query as { slug?: unknown }).slug;
    const user = await currentUser(req);
    if (!user || typeof slug !== "string") return { member: false, user_id: "" };
    const member = !!(await findMembership(ctx.db.pg, slug, user.user_id));
    return { member, user_id: member ? user.user_id : "" };
  });
}
