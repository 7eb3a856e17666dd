import { expect, type Page, type Request } from "@playwright/test";
import { PLATFORM_ORIGIN } from "./origins";

/** Every HTTP request a page makes to the platform (CORS preflights and socket frames aside). */
export class PlatformTraffic {
  readonly requests: Request[] = [];
  /** The URL of every WebSocket the page opened. */
  readonly sockets: string[] = [];
  private lastRequestAt = Date.now();

  constructor(page: Page) {
    page.on("request", (req) => {
      if (!req.url().startsWith(PLATFORM_ORIGIN) || req.method() === "OPTIONS") return;
      this.requests.push(req);
      this.lastRequestAt = Date.now();
    });
    page.on("websocket", (ws) => this.sockets.push(ws.url()));
  }

  /** The requests to exactly `path`, e.g. `/workspaces` (not `/workspaces/<id>`). */
  to(path: string): Request[] {
    return this.requests.filter((r) => r.url() === `${PLATFORM_ORIGIN}${path}`);
  }

  /** A reader of the requests made from now on, as `METHOD url`. */
  since(): () => string[] {
    const start = this.requests.length;
    return () => this.requests.slice(start).map((r) => `${r.method()} ${r.url()}`);
  }

  /**
   * Waits until the page has made no platform request for longer than the chart's debounced
   * viewport save, so whatever is recorded next was caused by what the test does next.
   */
  async settle(quietMs = 2_500): Promise<void> {
    await expect
      .poll(() => Date.now() - this.lastRequestAt, { timeout: 20_000, intervals: [250] })
      .toBeGreaterThan(quietMs);
  }
}
