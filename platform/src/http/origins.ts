import type { FastifyReply, FastifyRequest } from "fastify";
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

/** `http(s)://<Host>`: the platform's own origin, exempt from the allow-list (contract §3.1, §8). */
export function isSameHost(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}

/** Contract §8: a request from an Origin that is neither allowed nor this host gets 403 with no body. */
export function originGuard(config: PlatformConfig) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const origin = req.headers.origin;
    if (origin && !isAllowedOrigin(config, origin) && !isSameHost(origin, req.headers.host)) {
      return reply.status(403).send();
    }
  };
}
