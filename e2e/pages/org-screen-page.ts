import { expect, type Locator, type Page } from "@playwright/test";
import { LOCAL_ORIGIN } from "./origins";
import { expectOrgContained } from "./platform-api";
import { PlatformTraffic } from "./platform-traffic";
import { TopologyOverlay } from "./topology-overlay";
import { WorkspacePanel } from "./workspace-panel";

/** The org screen's workspace count as it reads for `n` workspaces. */
export const workspacesLabel = (n: number) => `${n} workspace${n === 1 ? "" : "s"}`;

/**
 * The org screen (what `/` shows on localhost and on a tenant host, behind the sign-in gate): the
 * chart and its cards, the toolbar, palette and menus, with the side panel and the topology overlay
 * as parts. Cards are found one way, by the name React Flow gives the focusable card.
 */
export class OrgScreenPage {
  readonly traffic: PlatformTraffic;
  readonly panel: WorkspacePanel;
  readonly topology: TopologyOverlay;
  /** Console errors (CSP violations, hydration failures, uncaught errors), minus failed fetches. */
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    this.traffic = new PlatformTraffic(page);
    this.panel = new WorkspacePanel(this);
    this.topology = new TopologyOverlay(this);
    page.on("console", (msg) => {
      if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource"))
        this.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => this.consoleErrors.push(err.message));
  }

  /** Opens the local org once it is live and laid out (no card still moving on its own). */
  async open(): Promise<void> {
    await this.page.goto(`${LOCAL_ORIGIN}/`);
    // The view may open on an empty area (the org's shared viewport), so wait for the chart, not a card.
    await expect(this.chart()).toBeVisible();
    await expect(this.liveStatus()).toBeVisible();
    await expectOrgContained();
  }

  chart(): Locator {
    return this.page.getByRole("application", { name: "Org chart of workspaces" });
  }

  /** The connection pill once the socket is up. */
  /** The toolbar's live pill; found behind an open modal dialog too, which hides the page from assistive tech. */
  liveStatus(): Locator {
    return this.page.getByRole("status", { name: "Live updates: Live", includeHidden: true });
  }

  /** The toolbar's workspace count: present once the list has loaded from the platform. */
  workspaceCount(): Locator {
    return this.page.getByRole("status").filter({ hasText: /^\d+ workspaces?$/ });
  }

  /** The focusable card React Flow draws for a workspace; the chart only renders cards in view. */
  card(name: string): Locator {
    return this.page.getByRole("group", { name: `${name}, workspace card`, exact: true });
  }

  cards(): Locator {
    return this.page.getByRole("group", { name: /, workspace card$/ });
  }

  /** A card's content, named "<name>, <status>" as a screen reader announces it. */
  cardContent(name: string): Locator {
    return this.card(name).getByRole("article");
  }

  /** The chart's zoom as drawn: screen pixels per canvas unit. */
  async zoom(): Promise<number> {
    return this.page
      .locator(".react-flow__viewport")
      .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  }

  /** Every drawn card's box on screen, outermost team cards included. */
  async cardBoxes(): Promise<{ x: number; y: number; width: number; height: number }[]> {
    return this.cards().evaluateAll((cards) =>
      cards.map((card) => {
        const { x, y, width, height } = card.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
  }

  async box(name: string) {
    const box = await this.card(name).boundingBox();
    if (!box) throw new Error(`card ${name} is not on screen`);
    return box;
  }

  /** Drags a card by its title bar to a screen point, in small steps as a hand would. */
  async dragTo(name: string, to: { x: number; y: number }): Promise<void> {
    const from = await this.box(name);
    await this.page.mouse.move(from.x + from.width / 2, from.y + 12);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  async dragBy(name: string, dx: number, dy: number): Promise<void> {
    const from = await this.box(name);
    await this.dragTo(name, { x: from.x + from.width / 2 + dx, y: from.y + 12 + dy });
  }

  /** Drags a card onto another card's title bar: a nest, which asks first. */
  async dragOnto(name: string, target: string): Promise<void> {
    const onto = await this.box(target);
    await this.dragTo(name, { x: onto.x + onto.width / 2, y: onto.y + 16 });
  }

  /** Tabs from the top of the page until a workspace card has focus; returns its workspace's name. */
  async tabToFirstCard(): Promise<string> {
    for (let i = 0; i < 40; i += 1) {
      await this.page.keyboard.press("Tab");
      const label = await this.page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
      if (label.endsWith(", workspace card")) return label.replace(/, workspace card$/, "");
    }
    throw new Error("no workspace card reachable with Tab");
  }

  confirmDialog(): Locator {
    return this.page.getByRole("dialog");
  }

  /** The toolbar's Undo, named after the edit it would reverse (enabled once that edit is saved). */
  undoButton(label: string): Locator {
    return this.page.getByRole("button", { name: `Undo ${label}`, exact: true });
  }

  redoButton(label: string): Locator {
    return this.page.getByRole("button", { name: `Redo ${label}`, exact: true });
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press("ControlOrMeta+z");
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press("ControlOrMeta+Shift+z");
  }

  palette(): Locator {
    return this.page.getByRole("dialog", { name: "Command palette" });
  }

  /** Opens the palette with the keyboard, types `query` and runs the first match with Enter. */
  async runFromPalette(query: string): Promise<void> {
    await this.page.keyboard.press("ControlOrMeta+k");
    await expect(this.palette()).toBeVisible();
    await this.page.keyboard.type(query);
    await expect(this.palette().getByRole("option").first()).toBeVisible();
    await this.page.keyboard.press("Enter");
    await expect(this.palette()).toBeHidden();
  }

  /** Jumps to a workspace through the palette, bringing its card into view. */
  async jumpTo(name: string): Promise<void> {
    await this.runFromPalette(name);
    await expect(this.card(name).first()).toBeInViewport();
  }

  async openContextMenu(name: string): Promise<Locator> {
    // The top-left corner is the card's own header, never a nested member's card.
    await this.card(name)
      .first()
      .click({ button: "right", position: { x: 12, y: 10 } });
    const menu = this.page.getByRole("menu", { name: `Actions for ${name}` });
    await expect(menu).toBeVisible();
    return menu;
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole("region", { name: "Notifications" }).getByText(text);
  }

  inboxButton(): Locator {
    return this.page.getByRole("button", { name: /^Approvals/ });
  }

  inbox(): Locator {
    return this.page.getByRole("dialog", { name: "Approvals inbox" });
  }

  /** What the sign-in gate shows instead of the screen when the session check cannot be answered. */
  signInUnreachableHeading(): Locator {
    return this.page.getByRole("heading", { name: "Can't reach sign-in" });
  }

  retryButton(): Locator {
    return this.page.getByRole("button", { name: "Retry" });
  }

  async expectNoConsoleErrors(): Promise<void> {
    expect(this.consoleErrors, "console errors (CSP violations, hydration)").toEqual([]);
  }
}
