const DEFAULT_PLATFORM_URL = "http://localhost:8080";

/**
 * Base URL of every platform and control-plane call, read at call time so tests can stub it.
 * `""` is a real value: same-origin relative URLs (the combined tenant image).
 */
export function platformUrl(): string {
  // Literal access: Next inlines NEXT_PUBLIC_* only when written out in full.
  const configured = process.env.NEXT_PUBLIC_PLATFORM_URL ?? DEFAULT_PLATFORM_URL;
  return configured.replace(/\/+$/, "");
}

/** Absolute (or same-origin relative) URL of a platform path such as `/workspaces`. */
export function platformPath(path: string): string {
  return `${platformUrl()}${path}`;
}
