import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "./harness";

const TOKEN = "load-test-admin-token-0123456789abcdef";
const LIMIT = 1200;
const SOCKETS = 200;
const BURST = 2000;
const CONCURRENCY = 50;

type Outcome = { kind: "create" | "read" | "list"; status: number; retryAfter: string | null };

/** Runs `jobs` with at most `limit` in flight; a bounded burst against loopback only. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe("the platform under a burst of sockets and requests", () => {
  let p: TestPlatform;
  const sockets: { ws: WebSocket; frames: number; closed: boolean }[] = [];
  beforeAll(async () => {
    // Production mode with an admin token: the rate limiter is active, as it is for real clients.
    p = await startTestPlatform({
      MOLECULE_ENV: "production",
      ADMIN_TOKEN: TOKEN,
      RATE_LIMIT: String(LIMIT),
    });
  });
  afterAll(async () => {
    for (const s of sockets) s.ws.terminate();
    await p.stop();
  });

  it("keeps 200 sockets, answers 2,000 requests with success or 429, and loses no write", async () => {
    for (let i = 0; i < SOCKETS; i++) {
      const ws = new WebSocket(`${p.url.replace("http", "ws")}/ws`, {
        headers: { origin: "http://localhost:3000", authorization: `Bearer ${TOKEN}` },
      });
      const entry = { ws, frames: 0, closed: false };
      ws.on("message", () => (entry.frames += 1));
      ws.on("close", () => (entry.closed = true));
      sockets.push(entry);
    }
    await Promise.all(
      sockets.map(
        (s) => new Promise((resolve, reject) => (s.ws.once("open", resolve), s.ws.once("error", reject))),
      ),
    );

    const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
    const send = async (kind: Outcome["kind"], i: number): Promise<Outcome> => {
      const init =
        kind === "create"
          ? { method: "POST", headers: auth, body: JSON.stringify({ name: `Load ${i}` }) }
          : { method: "GET", headers: auth };
      const route = kind === "read" ? "/health" : "/workspaces";
      const res = await fetch(p.url + route, init);
      await res.arrayBuffer();
      return { kind, status: res.status, retryAfter: res.headers.get("retry-after") };
    };
    const jobs = Array.from({ length: BURST }, (_, i) => {
      const kind: Outcome["kind"] = i % 4 === 0 ? "create" : i % 20 === 1 ? "list" : "read";
      return () => send(kind, i);
    });
    const outcomes = await pool(jobs, CONCURRENCY);

    const byStatus = new Map<number, number>();
    for (const o of outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
    const ok = (o: Outcome) => o.status === (o.kind === "create" ? 201 : 200);
    expect(
      outcomes.filter((o) => !ok(o) && o.status !== 429),
      JSON.stringify([...byStatus]),
    ).toEqual([]);
    const limited = outcomes.filter((o) => o.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    for (const o of limited) expect(Number(o.retryAfter)).toBeGreaterThan(0);

    // Every create that was answered 201 is a row; none that was refused is.
    const created = outcomes.filter((o) => o.kind === "create" && o.status === 201).length;
    const rows = await p.ctx.db.pg.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM workspaces WHERE name LIKE 'Load %' AND status <> 'removed'",
    );
    expect(rows.rows[0]!.n).toBe(created);
    expect(created).toBeGreaterThan(0);

    // Still up: every socket open and fed, and the server answers once the window resets.
    expect(sockets.filter((s) => s.closed)).toHaveLength(0);
    expect(sockets.filter((s) => s.frames === 0)).toHaveLength(0);
    p.ctx.config.rateLimitPerMinute = Number.MAX_SAFE_INTEGER;
    expect((await fetch(`${p.url}/health`)).status).toBe(200);
  }, 180_000);
});
