/** Where a login may send the browser back to (control-plane.md §3.3). */
export type ReturnToPolicy = {
  /** SaaS apex, e.g. `moleculesai.app`; null when the platform serves no SaaS domain. */
  apex: string | null;
  /** Dev mode also accepts plain http on the apex and on localhost (local runs have no TLS). */
  devMode: boolean;
  /** Fallback and base for relative targets: `APP_URL/orgs`. */
  appUrl: string;
};

const MAX_LENGTH = 2048;

/**
 * Returns the absolute URL to redirect to, or the fallback when `raw` is missing or unsafe.
 * Never throws: a rejected target falls back rather than erroring (inferred upstream behaviour).
 */
export function safeReturnTo(raw: string | null | undefined, policy: ReturnToPolicy): string {
  const fallback = new URL("/orgs", policy.appUrl).toString();
  return checkReturnTo(raw, policy) ?? fallback;
}

export function checkReturnTo(raw: string | null | undefined, policy: ReturnToPolicy): string | null {
  if (!raw || raw.length > MAX_LENGTH) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  if (raw.startsWith("//")) return null;
  if (/%25[0-9a-f]{2}/i.test(raw) || /return_to=[^&]*%3A/i.test(raw)) return null; // nested encoding
  let url: URL;
  try {
    url = raw.startsWith("/") ? new URL(raw, policy.appUrl) : new URL(raw);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.pathname.startsWith("/cp/auth/")) return null;
  const host = url.hostname.toLowerCase();
  const isLocalHost = host === "localhost" || host === "127.0.0.1";
  const onApex = !!policy.apex && (host === policy.apex || host.endsWith(`.${policy.apex}`));

  if (url.protocol === "https:") {
    if (url.port) return null;
    return onApex ? url.toString() : null;
  }
  if (url.protocol === "http:" && policy.devMode && (onApex || isLocalHost)) return url.toString();
  return null;
}
