import { expect, type Locator, type Page, type Request } from "@playwright/test";
import { LOCAL_ORIGIN, PLATFORM_ORIGIN } from "./canvas-page";

/** The A2A topology overlay on the org chart, plus what the test drives on the platform directly. */
export class TopologyPage {
  /** Every HTTP request the page made to the platform (WebSocket frames are not requests). */
  readonly platformRequests: Request[] = [];
  readonly sockets: string[] = [];
  private lastRequestAt = Date.now();

  constructor(readonly page: Page) {
    page.on("request", (req) => {
      if (!req.url().startsWith(PLATFORM_ORIGIN) || req.method() === "OPTIONS") return;
      this.platformRequests.push(req);
      this.lastRequestAt = Date.now();
    });
    page.on("websocket", (ws) => this.sockets.push(ws.url()));
  }

  /** Opens the org chart (fitted to the whole org on a fresh platform) with the overlay on, after its one backfill. */
  async open(): Promise<void> {
    const backfill = this.page.waitForResponse((res) => new URL(res.url()).pathname === "/activity");
    await this.page.addInitScript(() => localStorage.removeItem("molecule-topology"));
    await this.page.goto(`${LOCAL_ORIGIN}/`);
    await expect(this.page.locator("[data-workspace-card]").first()).toBeVisible();
    expect((await backfill).status()).toBe(200);
    await this.settle();
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

  /** Requests made from now on. */
  requestsSince(): () => string[] {
    const start = this.platformRequests.length;
    return () => this.platformRequests.slice(start).map((r) => `${r.method()} ${r.url()}`);
  }

  edge(sourceId: string, targetId: string): Locator {
    return this.page.locator(`[data-edge-id="a2a-${sourceId}-${targetId}"]`);
  }

  edges(): Locator {
    return this.page.getByTestId("topology-edge");
  }

  edgeLabel(sourceName: string, targetName: string): Locator {
    return this.page.getByRole("button", { name: new RegExp(`^${sourceName} to ${targetName}: `) });
  }

  callsPanel(sourceName: string, targetName: string): Locator {
    return this.page.getByRole("region", { name: `Calls ${sourceName} → ${targetName}` });
  }

  timeline(): Locator {
    return this.page.getByRole("slider", { name: "Moment shown" });
  }

  collapseToggle(teamName: string): Locator {
    return this.page.getByRole("button", { name: new RegExp(`^(Collapse|Expand) team ${teamName} `) });
  }
}
