import type { Page, WebSocketRoute } from "@playwright/test";

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
