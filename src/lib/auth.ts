import { platformUrl } from "@/lib/api/platform-url";
import { parseWith, send } from "@/lib/api/transport";
import { signOutResponseSchema } from "@/lib/contract/control-plane";
import { pageNavigation } from "@/lib/navigation";
import { saasHostSuffix, tenantSlugFromHost } from "@/lib/tenant";

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
    const path = `${AUTH_PATH_PREFIX}signout`;
    const reply = await send({ method: "POST", path, url: `${authOrigin()}${path}` });
    destination = parseWith(signOutResponseSchema)(reply).logout_url || fallback;
  } catch {
    // Timeout, network failure or a malformed body: leaving for the sign-in page is the answer.
  }
  pageNavigation.assign(destination);
}
