import type { PlatformConfig } from "../config";

/** Credentialed CORS allow-list: configured origins, plus tenant and app origins in SaaS mode. */
export function isAllowedOrigin(config: PlatformConfig, origin: string): boolean {
  if (config.corsOrigins.includes(origin)) return true;
  if (!config.saasDomain) return false;
  try {
    const url = new URL(origin);
    const host = url.hostname.toLowerCase();
    return host === config.saasDomain || host.endsWith(`.${config.saasDomain}`);
  } catch {
    return false;
  }
}
