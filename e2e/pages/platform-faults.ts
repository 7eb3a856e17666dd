import type { Page, Route, WebSocketRoute } from "@playwright/test";
import { PLATFORM_ORIGIN } from "./origins";

type Reply = { status: number; json?: unknown };

function corsHeaders(route: Route): Record<string, string> {
  const origin = route.request().headers()["origin"];
  return origin
    ? {
        "access-control-allow-origin": origin,
        "access-control-allow-credentials": "true",
        "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
        "access-control-allow-headers": "Content-Type, Authorization, X-Molecule-Org-Slug",
        vary: "Origin",
      }
    : {};
}

/**
 * Makes the platform's `path` (e.g. `/cp/auth/me`) answer `reply`, or refuse the connection when
 * `reply` is omitted, until {@link restorePlatformCall}: outages the real platform cannot be asked for.
 */
export async function failPlatformCall(page: Page, path: string, reply?: Reply): Promise<void> {
  await page.route(`${PLATFORM_ORIGIN}${path}`, (route) => {
    if (!reply) return route.abort("connectionrefused");
    if (route.request().method() === "OPTIONS")
      return route.fulfill({ status: 204, headers: corsHeaders(route) });
    return route.fulfill({ status: reply.status, headers: corsHeaders(route), json: reply.json });
  });
}

export async function restorePlatformCall(page: Page, path: string): Promise<void> {
  await page.unroute(`${PLATFORM_ORIGIN}${path}`);
}

/**
 * Sits between the page and the platform's `/ws`: passes frames through untouched until told to drop
 * the connection, and then refuses reconnects until {@link restore}, as an outage would.
 */
export class SocketFault {
  private current: WebSocketRoute | null = null;
  private isDown = false;
  connections = 0;

  private constructor(readonly page: Page) {}

  static async install(page: Page): Promise<SocketFault> {
    const fault = new SocketFault(page);
    await page.routeWebSocket(/\/ws(\?.*)?$/, (ws) => {
      fault.connections += 1;
      if (fault.isDown) {
        void ws.close({ code: 1011, reason: "platform down" });
        return;
      }
      fault.current = ws;
      // With no handlers of our own, Playwright forwards every frame both ways.
      ws.connectToServer();
    });
    return fault;
  }

  /** Cuts the live connection and refuses new ones. */
  async drop(): Promise<void> {
    this.isDown = true;
    await this.current?.close({ code: 1006, reason: "dropped" });
    this.current = null;
  }

  restore(): void {
    this.isDown = false;
  }
}
