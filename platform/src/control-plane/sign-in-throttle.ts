import { isIPv6 } from "node:net";
import type { Ctx } from "../context";

/**
 * Failed sign-ins allowed before a lock, and the lock: `baseLockMs`, doubling with each further
 * failure, never longer than `maxLockMs`. The count is forgotten `windowMs` after the last
 * failure or the end of its lock, whichever is later.
 */
export type ThrottleRule = { limit: number; windowMs: number; baseLockMs: number; maxLockMs: number };

const MINUTE = 60_000;
/** Per account: 5 wrong passwords, then 30 s, 1, 2, 4, 8, 15 min. */
export const ACCOUNT_RULE: ThrottleRule = {
  limit: 5,
  windowMs: 15 * MINUTE,
  baseLockMs: 30_000,
  maxLockMs: 15 * MINUTE,
};
/** Per client: 20 failures over any accounts (guessing many accounts from one place). */
export const CLIENT_RULE: ThrottleRule = {
  limit: 20,
  windowMs: 15 * MINUTE,
  baseLockMs: MINUTE,
  maxLockMs: 15 * MINUTE,
};
const MAX_ENTRIES = 10_000;

type Entry = { failures: number; last: number; lockedUntil: number };

/** Failure counts per key in a bounded map whose entries expire. */
export function failureCounter(rule: ThrottleRule, now: () => number, maxEntries = MAX_ENTRIES) {
  const entries = new Map<string, Entry>();
  const expired = (e: Entry, t: number) => t - Math.max(e.last, e.lockedUntil) >= rule.windowMs;

  const make = (key: string, t: number): Entry => {
    if (entries.size >= maxEntries) {
      for (const [k, e] of entries) if (expired(e, t)) entries.delete(k);
      // Still full: drop the least recently failed (Map order is insertion order; see `fail`).
      while (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    }
    const e = { failures: 0, last: t, lockedUntil: 0 };
    entries.set(key, e);
    return e;
  };

  return {
    /** Milliseconds until `key` may try again (0: now). */
    waitMs(key: string): number {
      const e = entries.get(key);
      return e ? Math.max(0, e.lockedUntil - now()) : 0;
    },
    fail(key: string): void {
      const t = now();
      let e = entries.get(key);
      if (e && expired(e, t)) e = undefined;
      entries.delete(key);
      e ??= make(key, t);
      entries.set(key, e);
      e.failures += 1;
      e.last = t;
      if (e.failures >= rule.limit) {
        const lock = Math.min(rule.maxLockMs, rule.baseLockMs * 2 ** (e.failures - rule.limit));
        e.lockedUntil = t + lock;
      }
    },
    reset(key: string): void {
      entries.delete(key);
    },
    size: () => entries.size,
  };
}

/** An IPv6 client is its /64: one host can pick any address in it. */
export function clientKey(ip: string): string {
  if (!isIPv6(ip) || ip.toLowerCase().startsWith("::ffff:")) return ip;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups.slice(0, 4).join(":")}::/64`;
}

const accountKey = (email: string) => email.trim().toLowerCase();

/**
 * Sign-in throttling, in memory (one platform process): failures only, per account and per
 * client. A lock is always time-bounded and attempts during it are refused without counting,
 * so nobody can be locked out for longer than `maxLockMs` after the last failure.
 */
export function createSignInThrottle(now: () => number = Date.now) {
  const accounts = failureCounter(ACCOUNT_RULE, now);
  const clients = failureCounter(CLIENT_RULE, now);
  const waitSeconds = (email: string, ip: string) =>
    Math.ceil(Math.max(accounts.waitMs(accountKey(email)), clients.waitMs(clientKey(ip))) / 1000);
  return {
    /** Seconds the caller must wait before this attempt may be checked (0: go ahead). */
    waitSeconds,
    /** Records a failed attempt; returns the wait it now has to sit out (0: none). */
    failed(email: string, ip: string): number {
      accounts.fail(accountKey(email));
      clients.fail(clientKey(ip));
      return waitSeconds(email, ip);
    },
    /** A successful sign-in clears the account's count (not the client's: one's own account must not launder guesses). */
    succeeded(email: string): void {
      accounts.reset(accountKey(email));
    },
  };
}
export type SignInThrottle = ReturnType<typeof createSignInThrottle>;

const throttles = new WeakMap<Ctx, SignInThrottle>();

/** The platform's sign-in throttle, made on first use. */
export function signInThrottleOf(ctx: Ctx): SignInThrottle {
  let t = throttles.get(ctx);
  if (!t) throttles.set(ctx, (t = createSignInThrottle()));
  return t;
}

/** Replaces the platform's throttle (tests drive its clock). */
export const installSignInThrottle = (ctx: Ctx, throttle: SignInThrottle) =>
  void throttles.set(ctx, throttle);
