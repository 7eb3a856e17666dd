import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../test/harness";
import {
  ACCOUNT_RULE,
  clientKey,
  createSignInThrottle,
  failureCounter,
  installSignInThrottle,
} from "./sign-in-throttle";
import { formPost, signUp } from "./test-accounts";

const SAAS = { MOLECULE_SAAS_DOMAIN: "moleculesai.test" };
const MINUTE = 60_000;

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};

describe("sign-in throttle (unit)", () => {
  it("locks after the limit with a doubling, capped lock, and forgets after the window", () => {
    const c = clock();
    const counter = failureCounter(ACCOUNT_RULE, c.now);
    for (let i = 0; i < 4; i += 1) counter.fail("a");
    expect(counter.waitMs("a")).toBe(0);
    counter.fail("a");
    expect(counter.waitMs("a")).toBe(30_000);
    const locks = [];
    for (let i = 0; i < 6; i += 1) {
      c.advance(counter.waitMs("a"));
      counter.fail("a");
      locks.push(counter.waitMs("a"));
    }
    expect(locks).toEqual([60_000, 120_000, 240_000, 480_000, 15 * MINUTE, 15 * MINUTE]);
    c.advance(15 * MINUTE + 15 * MINUTE);
    counter.fail("a"); // a window has passed since the lock ended: counting starts over
    expect(counter.waitMs("a")).toBe(0);
  });

  it("stays bounded, dropping expired entries first", () => {
    const c = clock();
    const counter = failureCounter(ACCOUNT_RULE, c.now, 3);
    for (const k of ["a", "b", "c"]) counter.fail(k);
    c.advance(15 * MINUTE);
    for (const k of ["d", "e", "f", "g"]) counter.fail(k);
    expect(counter.size()).toBe(3);
  });

  it("counts an IPv6 client by its /64", () => {
    expect(clientKey("2001:db8:1:2::1")).toBe(clientKey("2001:db8:1:2:ffff:1:2:3"));
    expect(clientKey("2001:db8:1:3::1")).not.toBe(clientKey("2001:db8:1:2::1"));
    expect(clientKey("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1");
    expect(clientKey("127.0.0.1")).toBe("127.0.0.1");
  });
});

describe("sign-in in production SaaS mode", () => {
  let p: TestPlatform;
  const c = clock();
  beforeAll(async () => {
    p = await startTestPlatform({ ...SAAS, MOLECULE_ENV: "production" });
    installSignInThrottle(p.ctx, createSignInThrottle(c.now));
    await signUp(p, "ada@example.com", "correct horse");
    await signUp(p, "bea@example.com", "correct horse");
  });
  afterAll(() => p.stop());

  const form = (email: string, password: string) =>
    fetch(`${p.url}/cp/auth/login`, formPost({ email, password, return_to: "/orgs" }));
  const json = (email: string, password: string) => p.call("POST", "/cp/auth/login", { email, password });

  it("marks the session cookie Secure even when the public URL is plain http", async () => {
    const res = await form("ada@example.com", "correct horse");
    expect(res.status).toBe(302);
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
  });

  it("locks an account after 5 wrong passwords, the right one included, until the lock ends", async () => {
    for (let i = 0; i < 4; i += 1) expect((await form("ada@example.com", "wrong")).status).toBe(401);
    const fifth = await form("ada@example.com", "wrong");
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get("retry-after")).toBe("30");
    expect(await fifth.text()).toContain("Too many sign-in attempts — try again in 30 s.");

    const right = await form("ada@example.com", "correct horse");
    expect(right.status).toBe(429);
    expect(right.headers.get("set-cookie")).toBeNull();
    expect(await json("ADA@example.com ", "correct horse")).toMatchObject({
      status: 429,
      body: { code: "too_many_attempts", error: expect.stringMatching(/try again in 30 s/) },
    });
    // Another account is not locked by it.
    expect((await form("bea@example.com", "correct horse")).status).toBe(302);

    c.advance(30_000);
    expect((await form("ada@example.com", "correct horse")).status).toBe(302);
    // A successful sign-in starts the count again.
    for (let i = 0; i < 4; i += 1) expect((await form("ada@example.com", "wrong")).status).toBe(401);
  });

  it("locks a client after 20 failures over many accounts, for every account, for a bounded time", async () => {
    c.advance(15 * MINUTE); // past every earlier test's window
    for (let i = 0; i < 19; i += 1) {
      expect((await json(`nobody${i}@example.com`, "guess")).body.code).toBe("invalid_credentials");
    }
    const twentieth = await json("nobody19@example.com", "guess");
    expect(twentieth.status).toBe(429);
    expect(twentieth.headers.get("retry-after")).toBe("60");
    expect((await form("bea@example.com", "correct horse")).status).toBe(429);
    c.advance(60_000);
    expect((await form("bea@example.com", "correct horse")).status).toBe(302);
  });
});

describe("sign-in cookie in dev mode", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform(SAAS);
  });
  afterAll(() => p.stop());

  it("leaves Secure off on plain http, and never counts a successful sign-in", async () => {
    const cookie = await fetch(
      `${p.url}/cp/auth/signup`,
      formPost({ email: "dev@example.com", password: "correct horse", accept_terms: "yes" }),
    );
    expect(cookie.headers.get("set-cookie")).not.toMatch(/Secure/);
    // The e2e journeys sign in over and over from 127.0.0.1: successes never count.
    for (let i = 0; i < 21; i += 1) {
      const res = await fetch(
        `${p.url}/cp/auth/login`,
        formPost({ email: "dev@example.com", password: "correct horse" }),
      );
      expect(res.status).toBe(302);
    }
  });
});
