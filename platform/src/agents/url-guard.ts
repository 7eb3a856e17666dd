import { lookup } from "node:dns/promises";
import os from "node:os";
import type { PlatformConfig } from "../config";
import type { Ctx } from "../context";
import {
  checkAddress,
  checkAgentUrlText,
  isLoopbackAddress,
  normalHost,
  sameAddress,
  type UrlPolicy,
} from "../domain/ssrf";

export type ResolvedAddress = { address: string; family: number };
/** Every address a name resolves to; `ctx.resolveHost` replaces it in tests. */
export type HostResolver = (host: string) => Promise<ResolvedAddress[]>;

const systemResolver: HostResolver = (host) => lookup(host, { all: true });

/** A URL that passed, with the addresses its name resolved to (empty for an IP literal): connect only there. */
export type CheckedUrl = { url: URL; addresses: ResolvedAddress[] };
export type GuardVerdict = { ok: true; dest: CheckedUrl } | { ok: false; reason: string };

/** Contract §4.5 at register: private ranges only in SaaS mode (dev mode does not relax them). */
export const registerPolicy = (config: PlatformConfig): UrlPolicy => ({
  allowLoopback: config.devMode,
  allowPrivate: config.saasDomain !== null,
});

/** Contract §4.5 before each outbound call: private ranges in SaaS or dev mode. */
export const outboundPolicy = (config: PlatformConfig): UrlPolicy => ({
  allowLoopback: config.devMode,
  allowPrivate: config.saasDomain !== null || config.devMode,
});

/**
 * The URL text, then every address its name resolves to (a name that does not resolve is
 * refused), then "not the platform itself": an agent URL that loops back here would make the
 * proxy call itself, so it is refused in every mode.
 */
export async function guardUrl(ctx: Ctx, raw: string, policy: UrlPolicy): Promise<GuardVerdict> {
  const text = checkAgentUrlText(raw, policy);
  if (!text.ok) return text;
  if (isPublicUrl(ctx.config, text.url, text.port)) return SELF;
  let addresses: ResolvedAddress[] = [];
  if (text.name !== null) {
    try {
      addresses = await (ctx.resolveHost ?? systemResolver)(text.name);
    } catch {
      return { ok: false, reason: "name does not resolve" };
    }
    if (addresses.length === 0) return { ok: false, reason: "name does not resolve" };
    for (const a of addresses) {
      const verdict = checkAddress(a.address, policy);
      if (!verdict.ok) return verdict;
    }
  }
  const reached = text.name === null ? [text.url.hostname] : addresses.map((a) => a.address);
  if (text.port === ctx.config.port && reached.some(isOwnAddress)) return SELF;
  return { ok: true, dest: { url: text.url, addresses } };
}

const SELF = { ok: false, reason: "points at the platform itself" } as const;

/** The host:port of MOLECULE_PUBLIC_URL (however it reaches us, that is the platform). */
function isPublicUrl(config: PlatformConfig, url: URL, port: number): boolean {
  try {
    const own = new URL(config.publicUrl);
    const ownPort = own.port ? Number(own.port) : own.protocol === "https:" ? 443 : 80;
    return normalHost(own.hostname) === normalHost(url.hostname) && ownPort === port;
  } catch {
    return false;
  }
}

/** Loopback or an address of this machine's interfaces: with the listening port, that is us. */
function isOwnAddress(address: string): boolean {
  if (isLoopbackAddress(address)) return true;
  const local = Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
  return local.some((l) => sameAddress(address, l));
}

/**
 * The URL to store for a registering agent, or null to refuse it. A URL the local provisioner
 * handed out for this workspace wins over the agent's (contract §4.2) and is trusted as is.
 */
export async function registeredUrl(ctx: Ctx, workspaceId: string, raw: string): Promise<string | null> {
  const own = ctx.provisioner.agentUrl?.(workspaceId) ?? null;
  if (own !== null) return own;
  return (await guardUrl(ctx, raw, registerPolicy(ctx.config))).ok ? raw : null;
}

/** Right before each outbound call: the stored URL again, since a DNS answer can change after register. */
export async function outboundDestination(
  ctx: Ctx,
  target: { id: string; url: string },
): Promise<GuardVerdict> {
  if (target.url !== "" && ctx.provisioner.agentUrl?.(target.id) === target.url)
    return { ok: true, dest: { url: new URL(target.url), addresses: [] } };
  return guardUrl(ctx, target.url, outboundPolicy(ctx.config));
}
