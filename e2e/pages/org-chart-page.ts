import { expect, type Locator, type Page } from "@playwright/test";
import { LOCAL_ORIGIN } from "./canvas-page";
import { platform, type PlatformRow } from "./platform-api";

/** The org chart screen: cards found by their accessible names, moved with the mouse or the keyboard. */
export class OrgChartPage {
  constructor(readonly page: Page) {}

  /** Opens the chart once it is live and the org is laid out (no card still moving on its own). */
  async open(): Promise<void> {
    await this.page.goto(`${LOCAL_ORIGIN}/`);
    await expect(this.chart()).toBeVisible();
    await expect(this.page.getByRole("status", { name: "Live updates: Live" })).toBeVisible();
    await expectOrgContained();
  }

  chart(): Locator {
    return this.page.getByRole("application", { name: "Org chart of workspaces" });
  }

  /** The focusable card React Flow draws for a workspace. */
  card(name: string): Locator {
    return this.page.getByRole("group", { name: `${name}, workspace card`, exact: true });
  }

  cards(): Locator {
    return this.page.getByRole("group", { name: /, workspace card$/ });
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

  /** Tabs from the top of the page until a workspace card has focus; returns its accessible name. */
  async tabToFirstCard(): Promise<string> {
    for (let i = 0; i < 40; i += 1) {
      await this.page.keyboard.press("Tab");
      const label = await this.page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
      if (label.endsWith(", workspace card")) return label.replace(/, workspace card$/, "");
    }
    throw new Error("no workspace card reachable with Tab");
  }
}

/** Waits until the platform's row for `name` satisfies `check` (saves finish in the background). */
export async function expectPlatformRow(name: string, check: (row: PlatformRow) => boolean, message: string) {
  await expect.poll(async () => check(await platform.row(name)), { message, timeout: 5000 }).toBe(true);
}

/**
 * Waits until no member hangs above or left of its team's corner. A canvas puts such members back
 * inside their team when it first shows them (the seeded org is laid out that way), and a journey
 * that reads positions meanwhile would race that layout.
 */
export async function expectOrgContained() {
  const strays = async () => {
    const rows = await platform.rows();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return rows.flatMap((r) => {
      const team = r.parent_id === null ? undefined : byId.get(r.parent_id);
      const isUnplaced = r.x === 0 && r.y === 0;
      return team && !team.collapsed && !isUnplaced && (r.x < team.x || r.y < team.y) ? [r.name] : [];
    });
  };
  await expect.poll(strays, { message: "every member sits inside its team", timeout: 10_000 }).toEqual([]);
}
