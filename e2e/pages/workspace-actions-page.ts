import { expect, type Locator, type Page } from "@playwright/test";
import { LOCAL_ORIGIN } from "./canvas-page";

/** The org screen's workspace actions: palette, context menu, dialogs, panel and bundle import. */
export class WorkspaceActionsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`${LOCAL_ORIGIN}/`);
    // The view may open on an empty area (the org's shared viewport), so wait for the chart, not a card.
    await expect(this.page.getByRole("application", { name: "Org chart of workspaces" })).toBeVisible();
  }

  /** A card by its workspace name; its accessible name is "<name>, <status>". */
  card(name: string): Locator {
    return this.page.getByRole("article", { name: new RegExp(`^${escapeRegExp(name)}, `) });
  }

  /** Jumps to a workspace through the palette; the chart only renders cards in view. */
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

  panel(name: string): Locator {
    return this.page.getByRole("complementary", { name });
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole("region", { name: "Notifications" }).getByText(text);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
