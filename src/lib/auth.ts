import { ApiError } from "@/lib/api/api-error";
import { platformPath, platformUrl } from "@/lib/api/platform-url";
import { send } from "@/lib/api/transport";
import { sessionSchema, signOutResponseSchema, type Session } from "@/lib/contract/control-plane";
import { pageNavigation } from "@/lib/navigation";
import { saasHostSuffix, tenantSlugFromHost } from "@/lib/tenant";

const SESSION_PATH = "/cp/auth/me";
/** The control plane answers `/cp/auth/me` fast or not at all; a short budget keeps gates snappy. */
export const SESSION_TIMEOUT_MS = 5_000;
const AUTH_PATH_PREFIX = "/cp/auth/";

/** Whether the page is itself a sign-in page; nothing may redirect to login from there. */
export function isOnAuthPath(): boolean {
  return typeof window !== "undefined" && window.location.pathname.startsWith(AUTH_PATH_PREFIX);
}

/**
 * Where the sign-in pages live: `NEXT_PUBLIC_AUTH_ORIGIN` when set, `<protocol>//app<suffix>`
 * on a tenant host, else the platform URL (`""` = this origin).
 */
export function authOrigin(): string {
  const configured = process.env.NEXT_PUBLIC_AUTH_ORIGIN;
  if (configured !== undefined) return configured.replace(/\/+$/, "");
  if (typeof window !== "undefined" && tenantSlugFromHost(window.location.hostname)) {
    return `${window.location.protocol}//app${saasHostSuffix()}`;
  }
  return platformUrl();
}

/**
 * The signed-in session: the session on 200, `null` on 401, and a thrown `ApiError` for
 * anything else, so an outage is never mistaken for "logged out".
 */
export async function fetchSession(
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Session | null> {
  const res = await send(platformPath(SESSION_PATH), {
    method: "GET",
    path: SESSION_PATH,
    headers: { Accept: "application/json" },
    timeoutMs: options.timeoutMs ?? SESSION_TIMEOUT_MS,
    signal: options.signal,
  });
  if (res.status === 401) return null;
  if (!res.ok) throw ApiError.fromResponse("GET", SESSION_PATH, res.status, res.text);
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch (err) {
    throw new ApiError({
      kind: "invalid-response",
      method: "GET",
      path: SESSION_PATH,
      status: res.status,
      body: res.text,
      detail: "response is not JSON",
      cause: err,
    });
  }
  const parsed = sessionSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({
      kind: "invalid-response",
      method: "GET",
      path: SESSION_PATH,
      status: res.status,
      body,
      detail: parsed.error.message,
    });
  }
  return parsed.data;
}

/**
 * Sends the browser to the control plane's sign-in (or sign-up) page with `return_to` set to
 * this exact page. Does nothing on `/cp/auth/*`, where a redirect once looped until HTTP 431.
 */
export function redirectToLogin(screen: "sign-in" | "sign-up" = "sign-in"): void {
  if (typeof window === "undefined" || isOnAuthPath()) return;
  const page = screen === "sign-up" ? "signup" : "login";
  const returnTo = encodeURIComponent(window.location.href);
  pageNavigation.assign(`${authOrigin()}${AUTH_PATH_PREFIX}${page}?return_to=${returnTo}`);
}

/**
 * Ends the session and always leaves the page: to the hosted logout URL when the control plane
 * gives one, otherwise (including every failure) to the sign-in page without `return_to`.
 */
export async function signOut(): Promise<void> {
  const fallback = `${authOrigin()}${AUTH_PATH_PREFIX}login`;
  let destination = fallback;
  try {
    const res = await send(`${authOrigin()}/cp/auth/signout`, {
      method: "POST",
      path: "/cp/auth/signout",
      headers: { Accept: "application/json" },
    });
    if (res.ok) {
      const parsed = signOutResponseSchema.safeParse(JSON.parse(res.text));
      if (parsed.success && parsed.data.logout_url) destination = parsed.data.logout_url;
    }
  } catch {
    // Timeout, network failure or a malformed body: leaving for the sign-in page is the answer.
  }
  pageNavigation.assign(destination);
}
