import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_AUTH, PRODUCTION, startTestPlatform, type TestPlatform } from "../test/harness";

describe("rate limit and datastore failures (production mode)", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({ ...PRODUCTION, RATE_LIMIT: "5" });
  });
  afterAll(() => p.stop());

  it("counts requests per client in a fixed window and answers 429 with Retry-After past the limit", async () => {
    const statuses: number[] = [];
    let last!: Awaited<ReturnType<TestPlatform["call"]>>;
    for (let i = 0; i < 6; i++) {
      last = await p.call("GET", "/health");
      statuses.push(last.status);
      if (i === 0) {
        expect(last.headers.get("x-ratelimit-limit")).toBe("5");
        expect(last.headers.get("x-ratelimit-remaining")).toBe("4");
        expect(Number(last.headers.get("x-ratelimit-reset"))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(last.body).toEqual({
      error: "rate limit exceeded",
      code: "rate_limited",
      retry_after: expect.any(Number),
    });
    expect(last.headers.get("retry-after")).toBe(String(last.body.retry_after));
  });
});

describe("datastore failure inside the auth guards", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform(PRODUCTION);
  });
  afterAll(() => p.stop());

  it("answers 503 platform_unavailable when the guard cannot query", async () => {
    const pg = p.ctx.db.pg;
    const query = pg.query.bind(pg);
    pg.query = (() => Promise.reject(new Error("database is gone"))) as typeof pg.query;
    try {
      // A workspace bearer makes the guard look the token up.
      const ws = await p.call("GET", "/workspaces/00000000-0000-4000-8000-000000000000/budget", undefined, {
        Authorization: "Bearer some-token",
      });
      expect(ws.status).toBe(503);
      expect(ws.body).toEqual({
        error: "platform datastore unavailable — retry shortly",
        code: "platform_unavailable",
      });
    } finally {
      pg.query = query;
    }
    expect((await p.call("GET", "/workspaces", undefined, ADMIN_AUTH)).status).toBe(200);
  });
});

describe("dev mode", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({ RATE_LIMIT: "1" });
  });
  afterAll(() => p.stop());

  it("bypasses the limiter and says unlimited", async () => {
    for (let i = 0; i < 3; i++) expect((await p.call("GET", "/health")).status).toBe(200);
    expect((await p.call("GET", "/health")).headers.get("x-ratelimit-limit")).toBe("unlimited");
  });
});

describe("CORS origin check", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({ CORS_ORIGINS: "http://localhost:3000" });
  });
  afterAll(() => p.stop());

  it("echoes an allowed origin with credentials and refuses others with an empty 403", async () => {
    const ok = await p.call("GET", "/health", undefined, { Origin: "http://localhost:3000" });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(ok.headers.get("access-control-allow-credentials")).toBe("true");
    const bad = await p.call("GET", "/workspaces", undefined, { Origin: "http://evil.example" });
    expect([bad.status, bad.body]).toEqual([403, null]);
    expect((await p.call("GET", "/health", undefined, { Origin: p.url })).status).toBe(200);
  });
});
