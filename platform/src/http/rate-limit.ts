import type { FastifyReply, FastifyRequest } from "fastify";
import type { PlatformConfig } from "../config";
import { bearerOf } from "./auth";
import { HttpError } from "./errors";

const WINDOW_MS = 60_000;

/**
 * Fixed-window limit per client IP (the TCP peer; proxy headers are ignored), contract §8.
 * Every response carries X-RateLimit-*; dev mode bypasses it and says `unlimited`, and so do the
 * agents this platform spawned (`isAgentToken`): they all share 127.0.0.1 and are not clients.
 */
export function createRateLimiter(
  config: PlatformConfig,
  isAgentToken: (token: string) => boolean = () => false,
  now: () => number = Date.now,
) {
  const windows = new Map<string, { start: number; count: number }>();
  let lastPrune = now();

  return async (req: FastifyRequest, reply: FastifyReply) => {
    const bearer = bearerOf(req);
    if (config.devMode || (bearer !== null && isAgentToken(bearer))) {
      reply.header("X-RateLimit-Limit", "unlimited");
      return;
    }
    const t = now();
    if (t - lastPrune > WINDOW_MS) {
      // Forget clients whose window has passed, so the map stays bounded by active clients.
      for (const [ip, w] of windows) if (t - w.start >= WINDOW_MS) windows.delete(ip);
      lastPrune = t;
    }
    const ip = req.socket.remoteAddress ?? "unknown";
    let w = windows.get(ip);
    if (!w || t - w.start >= WINDOW_MS) {
      w = { start: t, count: 0 };
      windows.set(ip, w);
    }
    w.count += 1;
    const limit = config.rateLimitPerMinute;
    const reset = Math.max(1, Math.ceil((w.start + WINDOW_MS - t) / 1000));
    reply.header("X-RateLimit-Limit", String(limit));
    reply.header("X-RateLimit-Remaining", String(Math.max(0, limit - w.count)));
    reply.header("X-RateLimit-Reset", String(reset));
    if (w.count > limit) {
      throw new HttpError(
        429,
        "rate limit exceeded",
        "rate_limited",
        { retry_after: reset },
        { "Retry-After": String(reset) },
      );
    }
  };
}
