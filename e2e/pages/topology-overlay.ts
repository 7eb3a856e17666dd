import { expect, type Locator } from "@playwright/test";
import type { OrgScreenPage } from "./org-screen-page";

/** The org screen's A2A topology overlay: call edges between cards, their calls and the timeline. */
export class TopologyOverlay {
  constructor(private readonly org: OrgScreenPage) {}

  /**
   * Opens the org screen with the overlay in its default state (on), after the overlay's one
   * backfill, once the page has gone quiet.
   */
  async open(): Promise<void> {
    const { page } = this.org;
    const backfill = page.waitForResponse((res) => new URL(res.url()).pathname === "/activity");
    await page.addInitScript(() => localStorage.removeItem("molecule-topology"));
    await this.org.open();
    expect((await backfill).status()).toBe(200);
    await this.org.traffic.settle();
  }

  edge(sourceId: string, targetId: string): Locator {
    return this.org.page.locator(`[data-edge-id="a2a-${sourceId}-${targetId}"]`);
  }

  edges(): Locator {
    return this.org.page.getByTestId("topology-edge");
  }

  edgeLabel(sourceName: string, targetName: string): Locator {
    return this.org.page.getByRole("button", { name: new RegExp(`^${sourceName} to ${targetName}: `) });
  }

  callsPanel(sourceName: string, targetName: string): Locator {
    return this.org.page.getByRole("region", { name: `Calls ${sourceName} → ${targetName}` });
  }

  timeline(): Locator {
    return this.org.page.getByRole("slider", { name: "Moment shown" });
  }

  collapseToggle(teamName: string): Locator {
    return this.org.page.getByRole("button", { name: new RegExp(`^(Collapse|Expand) team ${teamName} `) });
  }
}
