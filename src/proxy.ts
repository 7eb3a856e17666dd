import { NextResponse, type NextRequest } from "next/server";
import { platformUrl } from "@/lib/api/platform-url";
import { buildContentSecurityPolicy, SECURITY_HEADERS } from "@/lib/csp";
import { saasHostSuffix, tenantSlugFromHost } from "@/lib/tenant";

/** The page's public origin, honouring a TLS-terminating proxy in front of `next start`. */
function pageOrigin(request: NextRequest): string {
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwardedProto ? `${forwardedProto}:` : request.nextUrl.protocol;
  const host = request.headers.get("host") ?? request.nextUrl.host;
  return `${protocol}//${host}`;
}

/** Mirrors `authOrigin()` in src/lib/auth.ts, from the request instead of `location`. */
function authOriginFor(origin: string): string | undefined {
  const configured = process.env.NEXT_PUBLIC_AUTH_ORIGIN;
  if (configured !== undefined) return configured;
  const { protocol, hostname } = new URL(origin);
  return tenantSlugFromHost(hostname) ? `${protocol}//app${saasHostSuffix()}` : undefined;
}

/** Gives every page a fresh CSP nonce (Next applies it to its own scripts) and security headers. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const origin = pageOrigin(request);
  const csp = buildContentSecurityPolicy({
    nonce,
    isDev: process.env.NODE_ENV === "development",
    pageOrigin: origin,
    platformUrl: platformUrl(),
    wsUrl: process.env.NEXT_PUBLIC_WS_URL,
    authOrigin: authOriginFor(origin),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  // Browsers ignore (and warn about) COOP on plain-http origins such as the local test domain.
  if (origin.startsWith("https:")) response.headers.set("Cross-Origin-Opener-Policy", "same-origin");
  return response;
}

export const config = {
  matcher: [
    {
      // Documents only: static files need no nonce, and prefetches are not rendered as pages.
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
