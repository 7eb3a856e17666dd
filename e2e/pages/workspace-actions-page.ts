import { expect, type Locator, type Page } from "@playwright/test";
import { LOCAL_ORIGIN, PLATFORM_API } from "./canvas-page";

/** A workspace row as the test runner reads it straight from the platform. */
export type PlatformRow = { id: string; name: string; parent_id: string | null; status: string };

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

/** The platform's workspaces right now, read directly (not through the page). */
export async function platformRows(): Promise<PlatformRow[]> {
  const res = await fetch(`${PLATFORM_API}/workspaces`);
  expect(res.status).toBe(200);
  return (await res.json()) as PlatformRow[];
}

/**
 * Creates a workspace straight on the platform, so each journey owns its fixtures instead of
 * depending on what earlier specs left of the seeded org.
 */
export async function createOnPlatform(body: { name: string; parent_id?: string; template?: string }) {
  const res = await fetch(`${PLATFORM_API}/workspaces`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ template: "researcher", ...body }),
  });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  return { id, name: body.name };
}

/** Waits until the platform reports the workspace online (local agents boot in about a second). */
export async function waitOnline(id: string): Promise<void> {
  await expect
    .poll(async () => (await platformRows()).find((r) => r.id === id)?.status, { timeout: 30_000 })
    .toBe("online");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
