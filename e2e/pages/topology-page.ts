import { expect, type Locator, type Page, type Request } from "@playwright/test";
import { LOCAL_ORIGIN, PLATFORM_API, PLATFORM_ORIGIN } from "./canvas-page";

/** A workspace row as the test runner reads it straight from the platform. */
export type OrgRow = { id: string; name: string; parent_id: string | null; status: string };

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

export async function orgRows(): Promise<OrgRow[]> {
  const res = await fetch(`${PLATFORM_API}/workspaces`);
  expect(res.status).toBe(200);
  return (await res.json()) as OrgRow[];
}

/** Waits until the seeded org's agents are up, so a task really gets delegated. */
export async function waitForOnlineOrg(): Promise<OrgRow[]> {
  let rows: OrgRow[] = [];
  await expect
    .poll(
      async () => {
        rows = await orgRows();
        return rows.length > 0 && rows.every((r) => r.status === "online");
      },
      { timeout: 90_000, intervals: [500] },
    )
    .toBe(true);
  return rows;
}

/** Sends the lead a task the way the canvas chat does; resolves when the lead has answered. */
export async function sendTask(workspaceId: string, text: string): Promise<number> {
  const res = await fetch(`${PLATFORM_API}/workspaces/${workspaceId}/a2a`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      method: "message/send",
      params: { message: { role: "user", parts: [{ kind: "text", text }] } },
    }),
  });
  await res.text();
  return res.status;
}

/** Has `sourceId` delegate straight to `targetId` (allowed when it is an ancestor). */
export async function delegate(sourceId: string, targetId: string, task: string): Promise<void> {
  const res = await fetch(`${PLATFORM_API}/workspaces/${sourceId}/delegate`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ target_id: targetId, task }),
  });
  expect(res.status).toBe(202);
}

/** Sets a team's persisted collapsed flag back, so later journeys see the org as seeded. */
export async function setCollapsed(workspaceId: string, collapsed: boolean): Promise<void> {
  const res = await fetch(`${PLATFORM_API}/workspaces/${workspaceId}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ collapsed }),
  });
  expect(res.status).toBe(200);
}
