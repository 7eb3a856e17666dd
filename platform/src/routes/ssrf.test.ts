import { lookup } from "node:dns/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_A2A_HOPS } from "../agents/a2a-hops";
import type { LocalProvisioner } from "../agents/local-provisioner";
import type { ResolvedAddress } from "../agents/url-guard";
import { mintWorkspaceToken } from "../db/tokens";
import { replyText, startFakeAgent, type AgentHandler, type FakeAgent } from "../test/fake-agent";
import { ADMIN_AUTH, PRODUCTION, startTestPlatform, type TestPlatform } from "../test/harness";

const chat = {
  method: "message/send",
  params: { message: { role: "user", parts: [{ kind: "text", text: "hi" }] } },
};
const v4 = (address: string): ResolvedAddress => ({ address, family: 4 });

/** A made-up DNS the test rewrites at will; only `localhost` reaches the real resolver. */
function fakeDns(p: TestPlatform) {
  const names = new Map<string, ResolvedAddress[]>();
  p.ctx.resolveHost = async (host) => {
    const answer = names.get(host);
    if (answer) return answer;
    if (host === "localhost") return lookup(host, { all: true });
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  };
  return names;
}

const until = async (cond: () => Promise<boolean>, timeoutMs: number) => {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe("agent URL guard (dev mode)", () => {
  let p: TestPlatform;
  let dns: Map<string, ResolvedAddress[]>;
  const agents: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_PROVISIONER: "none", A2A_IDLE_TIMEOUT_SECONDS: "5" });
    dns = fakeDns(p);
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.close()));
    await p.stop();
  });
  const agent = async (h: AgentHandler) => {
    const a = await startFakeAgent(h);
    agents.push(a);
    return a;
  };
  const create = async () => (await p.call("POST", "/workspaces", { name: "W" })).body.id as string;
  const register = (id: string, url: string) =>
    p.call("POST", "/registry/register", { id, url, agent_card: { name: "W" } });
  const send = (id: string, headers: Record<string, string> = {}) =>
    p.call("POST", `/workspaces/${id}/a2a`, chat, headers);
  const platformPort = () => new URL(p.url).port;

  it("resolves names at register and refuses private, mixed, metadata and unresolvable answers", async () => {
    dns.set("private.test", [v4("10.0.0.1")]);
    dns.set("mixed.test", [v4("8.8.8.8"), v4("10.0.0.1")]);
    dns.set("metadata.test", [v4("169.254.169.254")]);
    for (const url of [
      "http://private.test:8000/",
      "http://mixed.test:8000/",
      "http://metadata.test/latest/meta-data",
      "http://nowhere.test:8000/",
      "http://10.0.0.5:8000/",
      "http://[fd12::1]:8000/",
    ]) {
      const id = await create();
      expect(await register(id, url), url).toMatchObject({
        status: 400,
        body: { error: "invalid request body" },
      });
      expect((await p.call("GET", `/workspaces/${id}`)).body.url).toBe("");
    }
  });

  it("refuses at register an agent URL that points back at the platform", async () => {
    dns.set("self.test", [v4("127.0.0.1")]);
    const id = await create();
    for (const url of [
      `http://localhost:${platformPort()}/workspaces/${id}/a2a`,
      `http://self.test:${platformPort()}/workspaces/${id}/a2a`,
      `${p.ctx.config.publicUrl}/workspaces/${id}/a2a`,
    ])
      expect((await register(id, url)).status, url).toBe(400);
    expect((await p.call("GET", `/workspaces/${id}`)).body.url).toBe("");
  });

  it("connects only where the check resolved to, and checks the stored URL again before every call", async () => {
    const a = await agent(replyText("pong"));
    // `.test` never resolves in real DNS: reaching the agent proves the call used the checked answer.
    dns.set("agent.test", [v4("127.0.0.1")]);
    const id = await create();
    expect((await register(id, `http://agent.test:${a.port}/`)).status).toBe(200);
    expect((await send(id)).status).toBe(200);
    expect(a.received).toHaveLength(1);

    dns.set("agent.test", [v4("169.254.169.254")]); // the answer changes after register
    const refused = { status: 502, body: { error: "workspace URL is not publicly routable" } };
    expect(await send(id)).toMatchObject(refused);
    expect(await send(id, { accept: "text/event-stream" })).toMatchObject(refused);
    dns.delete("agent.test");
    expect(await send(id)).toMatchObject(refused);
    expect(a.received).toHaveLength(1);
  });

  it("passes an agent's redirect on as an error and never follows it", async () => {
    const elsewhere = await agent(replyText("pong"));
    const redirecting = await agent((_call, res) => {
      res.writeHead(302, { location: `${elsewhere.url}/` });
      res.end();
    });
    const id = await create();
    expect((await register(id, redirecting.url)).status).toBe(200);
    expect(await send(id)).toMatchObject({ status: 302, body: { error: "Found" } });
    expect(await send(id, { accept: "text/event-stream" })).toMatchObject({ status: 302 });
    expect(redirecting.received).toHaveLength(2);
    expect(elsewhere.received).toHaveLength(0);
  });

  it("bounds a proxy loop with the hop header", async () => {
    const id = await create();
    // An "agent" that hands every call back to the same workspace's proxy, headers included.
    const loop = await agent(({ headers, body }, res) => {
      if (loop.received.length > 20) return res.writeHead(500).end(); // safety net for an unbounded loop
      void fetch(`${p.url}/workspaces/${id}/a2a`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-molecule-hop": String(headers["x-molecule-hop"]),
        },
        body,
      }).then(async (r) =>
        res.writeHead(r.status, { "content-type": "application/json" }).end(await r.text()),
      );
    });
    expect((await register(id, loop.url)).status).toBe(200);
    const res = await send(id);
    expect(res.status).toBe(508);
    expect(res.body.error).toMatch(/loop/);
    expect(loop.received.map((r) => r.headers["x-molecule-hop"])).toEqual(
      Array.from({ length: MAX_A2A_HOPS }, (_, i) => String(i + 1)),
    );

    expect(await send(id, { "X-Molecule-Hop": String(MAX_A2A_HOPS) })).toMatchObject({
      status: 508,
      body: { error: expect.stringMatching(/loop/), code: "a2a_loop" },
    });
    expect(loop.received).toHaveLength(MAX_A2A_HOPS);
  });
});

describe("agent URL guard (production)", () => {
  let p: TestPlatform;
  let dns: Map<string, ResolvedAddress[]>;
  let fake: FakeAgent;
  beforeAll(async () => {
    p = await startTestPlatform({ ...PRODUCTION, MOLECULE_PROVISIONER: "none" });
    dns = fakeDns(p);
    fake = await startFakeAgent(replyText("pong"));
  });
  afterAll(async () => {
    await fake.close();
    await p.stop();
  });
  const create = async () => {
    const res = await p.call("POST", "/workspaces", { name: "W" }, ADMIN_AUTH);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it("refuses loopback (the name localhost too) and private networks at register", async () => {
    dns.set("loop.test", [v4("127.0.0.1")]);
    dns.set("private.test", [v4("192.168.1.20")]);
    dns.set("public.test", [v4("8.8.8.8")]);
    const id = await create();
    const auth = { authorization: `Bearer ${await mintWorkspaceToken(p.ctx.db.pg, id)}` };
    const register = (url: string) =>
      p.call("POST", "/registry/register", { id, url, agent_card: { name: "W" } }, auth);
    for (const url of [
      fake.url,
      `http://loop.test:${fake.port}/`,
      "http://private.test:8000/",
      "http://10.0.0.5:8000/",
      "http://172.16.4.2:8000/",
      "http://[fd12:3456::1]:8000/",
    ])
      expect(await register(url), url).toMatchObject({
        status: 400,
        body: { error: "invalid request body" },
      });
    expect((await register("http://public.test:8000/")).status).toBe(200);
  });

  it("refuses a stored loopback or private URL right before the call, without connecting", async () => {
    dns.set("private.test", [v4("10.0.0.1")]);
    const id = await create();
    for (const url of [fake.url, `http://private.test:${fake.port}/`]) {
      await p.ctx.db.pg.query("UPDATE workspaces SET url = $2, status = 'online' WHERE id = $1", [id, url]);
      expect(await p.call("POST", `/workspaces/${id}/a2a`, chat, ADMIN_AUTH), url).toMatchObject({
        status: 502,
        body: { error: "workspace URL is not publicly routable" },
      });
    }
    expect(fake.received).toHaveLength(0);
  });
});

describe("agents the platform spawned (production, RATE_LIMIT=5)", () => {
  let p: TestPlatform;
  const provisioner = () => p.ctx.provisioner as LocalProvisioner;
  beforeAll(async () => {
    p = await startTestPlatform({
      ...PRODUCTION,
      RATE_LIMIT: "5",
      MOLECULE_PROVISIONER: "local",
      MOLECULE_HEARTBEAT_MS: "100",
      MOLECULE_AGENT_WORK_MS: "50",
    });
    await provisioner().ready();
  });
  afterAll(() => p.stop());

  const row = async (id: string) =>
    (
      await p.ctx.db.pg.query<{ status: string; url: string; last_heartbeat_at: Date | null }>(
        "SELECT status, url, last_heartbeat_at FROM workspaces WHERE id = $1",
        [id],
      )
    ).rows[0]!;

  it("reaches its own agent on the loopback URL it handed out, and never rate-limits that agent", async () => {
    const created = await p.call("POST", "/workspaces", { name: "Ada" }, ADMIN_AUTH);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await until(async () => (await row(id)).status === "online", 20_000);
    expect((await row(id)).url).toBe(provisioner().agentUrl(id));
    expect((await row(id)).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await p.call("POST", `/workspaces/${id}/a2a`, chat, ADMIN_AUTH)).status).toBe(200);

    // An anonymous client on the same 127.0.0.1 runs out of its budget...
    let limited = false;
    for (let i = 0; i < 6 && !limited; i++) limited = (await p.call("GET", "/health")).status === 429;
    expect(limited).toBe(true);
    // ...while the agent's heartbeats (same IP, its token) keep landing.
    const seen = new Set<number>();
    await until(async () => {
      seen.add((await row(id)).last_heartbeat_at?.getTime() ?? 0);
      return seen.size >= 4;
    }, 10_000);

    await provisioner().stop(id);
    expect(provisioner().agentUrl(id)).toBeNull();
  });
});
