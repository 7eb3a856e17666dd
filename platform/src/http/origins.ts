import type { FastifyReply, FastifyRequest } from "fastify";
import type { PlatformConfig } from "../config";
import { HttpError } from "./errors";

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

const hostnameOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
};

/**
 * Whether `Host` names this platform. A DNS-rebinding page reaches us under the attacker's name
 * (`rebind.attacker.example`), with a matching Origin, so the Origin check alone cannot stop it.
 * IP literals and `localhost` cannot be rebound; any other name must be ours: the public or app
 * URL's host, the SaaS domain and its subdomains, or one listed in `ALLOWED_HOSTS`.
 */
export function isOwnHost(config: PlatformConfig, host: string): boolean {
  let name: string;
  try {
    name = new URL(`http://${host}`).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return false;
  }
  if (name.startsWith("[") || /^\d+\.\d+\.\d+\.\d+$/.test(name)) return true;
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === hostnameOf(config.publicUrl) || name === hostnameOf(config.appUrl)) return true;
  const apex = config.saasDomain;
  if (apex && (name === apex || name.endsWith(`.${apex}`))) return true;
  return config.allowedHosts.some((h) =>
    h.startsWith(".") ? name.endsWith(h) || name === h.slice(1) : name === h,
  );
}

/** Refuses a request whose `Host` is not one of ours (421, before any other work). */
export function hostGuard(config: PlatformConfig) {
  return async (req: FastifyRequest) => {
    const host = req.headers.host;
    if (host !== undefined && !isOwnHost(config, host)) {
      throw new HttpError(421, "unknown host", "host_not_allowed");
    }
  };
}
