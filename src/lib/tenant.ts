import { ORG_SLUG_PATTERN, RESERVED_SUBDOMAINS } from "@/lib/contract/control-plane";

const DEFAULT_SAAS_HOST_SUFFIX = ".moleculesai.app";

/** Tenant host suffix with its leading dot; `""` is a real value, so `??` and not `||`. */
export function saasHostSuffix(): string {
  return process.env.NEXT_PUBLIC_SAAS_HOST_SUFFIX ?? DEFAULT_SAAS_HOST_SUFFIX;
}

function defaultOrgSlug(): string {
  return process.env.NEXT_PUBLIC_DEFAULT_ORG_SLUG ?? "";
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isNeverATenantHost(host: string): boolean {
  return (
    host === "localhost" ||
    IPV4.test(host) ||
    host.includes(":") || // IPv6 literal, with or without brackets
    host === "vercel.app" ||
    host.endsWith(".vercel.app")
  );
}

/**
 * Reads a hostname against the suffix: `null` when the host is off the suffix (or can never be
 * a tenant: localhost, IPs, Vercel previews), `""` when it is on the suffix but not a tenant
 * (reserved, invalid or multi-label prefix), otherwise the slug.
 */
export function tenantSlugFromHost(hostname: string, suffix: string = saasHostSuffix()): string | null {
  const host = hostname.toLowerCase();
  const lowerSuffix = suffix.toLowerCase();
  if (isNeverATenantHost(host) || !host.endsWith(lowerSuffix)) return null;
  const prefix = host.slice(0, host.length - lowerSuffix.length);
  if (RESERVED_SUBDOMAINS.has(prefix) || !ORG_SLUG_PATTERN.test(prefix)) return "";
  return prefix;
}

/**
 * The org slug of this page: derived from the tenant subdomain in the browser; off the suffix
 * and during SSR it is `NEXT_PUBLIC_DEFAULT_ORG_SLUG ?? ""`.
 */
export function getTenantSlug(): string {
  if (typeof window === "undefined") return defaultOrgSlug();
  return tenantSlugFromHost(window.location.hostname) ?? defaultOrgSlug();
}

/** True when SaaS behaviour (AuthGate, 401 probe) applies; always false during SSR. */
export function isSaaSTenant(): boolean {
  if (typeof window === "undefined") return false;
  return getTenantSlug() !== "";
}
