export type CspInput = {
  nonce: string;
  isDev: boolean;
  /** Origin of the page being served, e.g. `http://acme.moleculesai.test:3000`. */
  pageOrigin: string;
  /** `NEXT_PUBLIC_PLATFORM_URL` as configured (`""` = same origin). */
  platformUrl: string;
  wsUrl?: string;
  authOrigin?: string;
};

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** `http(s)://host` → `ws(s)://host`: the platform's socket lives on the same host. */
function socketTwin(origin: string): string {
  return origin.replace(/^http/, "ws");
}

/** Every origin the page may call: itself, the platform (HTTP + socket) and the sign-in origin. */
function connectSources(input: CspInput): string[] {
  const sources = new Set<string>(["'self'"]);
  // 'self' does not cover ws: in every browser, so name the page's own socket origin too.
  sources.add(socketTwin(input.pageOrigin));
  const platform = input.platformUrl === "" ? null : originOf(input.platformUrl);
  if (platform) {
    sources.add(platform);
    sources.add(socketTwin(platform));
  }
  for (const url of [input.wsUrl, input.authOrigin]) {
    const origin = url ? originOf(url) : null;
    if (origin) sources.add(origin);
  }
  return [...sources];
}

/**
 * The page's Content-Security-Policy: scripts only with this request's nonce (and what they
 * load, via 'strict-dynamic'), no framing, and network access only to the configured origins.
 */
export function buildContentSecurityPolicy(input: CspInput): string {
  const nonce = `'nonce-${input.nonce}'`;
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'unsafe-eval' only in `next dev`, where React rebuilds server stacks with eval.
    "script-src": ["'self'", nonce, "'strict-dynamic'", ...(input.isDev ? ["'unsafe-eval'"] : [])],
    // The dev overlay injects unnonced styles; production styles are files or carry the nonce.
    "style-src": ["'self'", input.isDev ? "'unsafe-inline'" : nonce],
    "img-src": ["'self'", "blob:", "data:"],
    "font-src": ["'self'"],
    "connect-src": connectSources(input),
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
  };
  if (input.pageOrigin.startsWith("https:")) directives["upgrade-insecure-requests"] = [];
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/** Headers every page response carries besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
};
