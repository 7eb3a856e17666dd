import type { Page } from "@playwright/test";
import { platform, type PlatformRow } from "./platform-api";

/** The demo org's lead (the root with a team), once every demo agent is online. */
export async function demoLead(): Promise<PlatformRow> {
  const rows = await platform.waitAllOnline();
  const lead = rows.find((w) => w.parent_id === null && rows.some((c) => c.parent_id === w.id));
  if (!lead) throw new Error("the demo org has no lead");
  return lead;
}

/** The side panel's Chat and Activity tabs and the toolbar's approvals inbox. */
export class ChatPanel {
  constructor(readonly page: Page) {}

  /**
   * Opens a workspace's panel from its card with the keyboard (a team's card is mostly covered by
   * its members' cards, so a click would land on a member), then the given tab.
   */
  async openTab(workspaceId: string, tab: "Chat" | "Activity"): Promise<void> {
    const card = this.page.locator(`.react-flow__node[data-id="${workspaceId}"]`);
    await card.focus();
    await card.press("Enter");
    await this.page.getByRole("tab", { name: tab }).click();
  }

  messageBox() {
    return this.page.getByLabel("Message");
  }

  async send(text: string): Promise<void> {
    await this.messageBox().fill(text);
    await this.messageBox().press("Enter");
  }

  agentReplies() {
    return this.page.getByRole("listitem", { name: "Agent replied" });
  }

  workingLine() {
    return this.page.getByText(/^Working…/);
  }

  /** Records every text the newest agent bubble shows, to prove it grew before it finished. */
  async recordReplyGrowth(): Promise<void> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __replyTexts: string[] }).__replyTexts = seen;
      new MutationObserver(() => {
        const bubbles = document.querySelectorAll('li[aria-label="Agent replied"]');
        const text = bubbles[bubbles.length - 1]?.textContent ?? "";
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }

  replyTexts(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __replyTexts: string[] }).__replyTexts);
  }

  activityRows() {
    return this.page.getByRole("list", { name: "Activity rows" }).getByRole("listitem");
  }

  inboxButton() {
    return this.page.getByRole("button", { name: /^Approvals/ });
  }

  inbox() {
    return this.page.getByRole("dialog", { name: "Approvals inbox" });
  }
}
