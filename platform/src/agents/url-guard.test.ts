import { describe, expect, it } from "vitest";
import { readConfig } from "../config";
import type { Ctx, Provisioner } from "../context";
import { PRODUCTION } from "../test/harness";
import { createNoneProvisioner } from "./none-provisioner";
import {
  guardUrl,
  outboundDestination,
  outboundPolicy,
  registeredUrl,
  registerPolicy,
  type ResolvedAddress,
} from "./url-guard";

const DEV = { MOLECULE_ENV: "development" };
const SAAS = { ...PRODUCTION, MOLECULE_SAAS_DOMAIN: "moleculesai.test" };

const v4 = (...addresses: string[]): ResolvedAddress[] =>
  addresses.map((address) => ({ address, family: 4 }));

/** A ctx with a made-up DNS (no real lookups) and, optionally, a provisioner that knows agent URLs. */
function fakeCtx(
  env: Record<string, string>,
  dns: Record<string, ResolvedAddress[]> = {},
  agentUrls: Record<string, string> = {},
) {
  const config = readConfig({ ...env, PORT: "8080", MOLECULE_PUBLIC_URL: "https://platform.example.com" });
  const lookups: string[] = [];
  const provisioner: Provisioner = { ...createNoneProvisioner(), agentUrl: (id) => agentUrls[id] ?? null };
  const ctx = {
    config,
    provisioner,
    resolveHost: async (host: string) => {
      lookups.push(host);
      const answer = dns[host];
      if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
      return answer;
    },
  } as Partial<Ctx> as Ctx;
  return { ctx, lookups };
}

const DNS = {
  "loop.test": v4("127.0.0.1"),
  "private.test": v4("10.0.0.1"),
  "mixed.test": v4("8.8.8.8", "10.0.0.1"),
  "mixed-loop.test": [
    { address: "2606:4700::1111", family: 6 },
    { address: "::1", family: 6 },
  ],
  "metadata.test": v4("169.254.169.254"),
  "public.test": [...v4("8.8.8.8"), { address: "2606:4700::1111", family: 6 }],
  "empty.test": [],
  localhost: v4("127.0.0.1"),
};

describe("guardUrl", () => {
  it("checks every address a name resolves to and refuses if any one fails", async () => {
    const { ctx } = fakeCtx(PRODUCTION, DNS);
    const policy = outboundPolicy(ctx.config);
    for (const host of ["loop.test", "private.test", "mixed.test", "mixed-loop.test", "metadata.test"])
      expect(await guardUrl(ctx, `http://${host}:9000/`, policy), host).toMatchObject({ ok: false });
    expect(await guardUrl(ctx, "http://public.test:9000/", policy)).toEqual({
      ok: true,
      dest: { url: new URL("http://public.test:9000/"), addresses: DNS["public.test"] },
    });
  });

  it("refuses a name that does not resolve or resolves to nothing", async () => {
    const { ctx } = fakeCtx(DEV, DNS);
    const policy = outboundPolicy(ctx.config);
    expect(await guardUrl(ctx, "http://nowhere.test/", policy)).toEqual({
      ok: false,
      reason: "name does not resolve",
    });
    expect((await guardUrl(ctx, "http://empty.test/", policy)).ok).toBe(false);
  });

  it("never resolves an IP literal, and refuses localhost outside dev mode before any lookup", async () => {
    const { ctx, lookups } = fakeCtx(PRODUCTION, DNS);
    expect((await guardUrl(ctx, "http://8.8.8.8/", outboundPolicy(ctx.config))).ok).toBe(true);
    expect((await guardUrl(ctx, "http://localhost:9000/", outboundPolicy(ctx.config))).ok).toBe(false);
    expect((await guardUrl(ctx, "http://localhost:9000/", registerPolicy(ctx.config))).ok).toBe(false);
    expect(lookups).toEqual([]);
  });

  it("lets loopback names through in dev mode only, and private names in SaaS (and dev outbound)", async () => {
    const cases: [Record<string, string>, string, boolean, boolean][] = [
      // env, host, at register, outbound
      [DEV, "loop.test", true, true],
      [DEV, "localhost", true, true],
      [DEV, "private.test", false, true],
      [PRODUCTION, "loop.test", false, false],
      [PRODUCTION, "private.test", false, false],
      [SAAS, "loop.test", false, false],
      [SAAS, "private.test", true, true],
      [SAAS, "mixed.test", true, true],
    ];
    for (const [env, host, atRegister, outbound] of cases) {
      const { ctx } = fakeCtx(env, DNS);
      const url = `http://${host}:9000/`;
      expect((await guardUrl(ctx, url, registerPolicy(ctx.config))).ok, `${host} register`).toBe(atRegister);
      expect((await guardUrl(ctx, url, outboundPolicy(ctx.config))).ok, `${host} outbound`).toBe(outbound);
    }
  });

  it("refuses URLs that point at the platform itself, in dev mode too", async () => {
    const { ctx } = fakeCtx(DEV, DNS);
    const policy = outboundPolicy(ctx.config);
    for (const url of [
      "http://localhost:8080/workspaces/x/a2a",
      "http://loop.test:8080/",
      "https://platform.example.com/workspaces/x/a2a",
      "https://PLATFORM.example.com.:443/",
    ])
      expect(await guardUrl(ctx, url, policy), url).toEqual({
        ok: false,
        reason: "points at the platform itself",
      });
    expect((await guardUrl(ctx, "http://localhost:8081/", policy)).ok).toBe(true);
  });
});

describe("registeredUrl and outboundDestination", () => {
  const id = "3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10";
  const own = "http://127.0.0.1:41234";

  it("keeps the provisioner's URL over the agent's, and checks the agent's otherwise", async () => {
    const { ctx } = fakeCtx(PRODUCTION, DNS, { [id]: own });
    expect(await registeredUrl(ctx, id, "http://localhost:41234")).toBe(own);
    const other = "4f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10";
    expect(await registeredUrl(ctx, other, "http://localhost:41234")).toBeNull();
    expect(await registeredUrl(ctx, other, "http://public.test/")).toBe("http://public.test/");
  });

  it("trusts only the exact URL the provisioner handed out, in production too", async () => {
    const { ctx, lookups } = fakeCtx(PRODUCTION, DNS, { [id]: own });
    expect(await outboundDestination(ctx, { id, url: own })).toMatchObject({ ok: true });
    expect((await outboundDestination(ctx, { id, url: "http://127.0.0.1:41235" })).ok).toBe(false);
    expect((await outboundDestination(ctx, { id: "other", url: own })).ok).toBe(false);
    expect((await outboundDestination(ctx, { id, url: "" })).ok).toBe(false);
    expect(lookups).toEqual([]);
  });
});
