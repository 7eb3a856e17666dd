import type { Locator } from "@playwright/test";
import type { OrgScreenPage } from "./org-screen-page";

/** The org screen's side panel for one workspace: its tabs, the chat and the activity rows. */
export class WorkspacePanel {
  constructor(private readonly org: OrgScreenPage) {}

  /** The open panel, named after its workspace. */
  region(name: string): Locator {
    return this.org.page.getByRole("complementary", { name });
  }

  /**
   * Opens a workspace's panel from its card with the keyboard (a team's card is mostly covered by
   * its members' cards, so a click would land on a member), then the given tab.
   */
  async openTab(name: string, tab: "Chat" | "Activity" | "Details"): Promise<void> {
    const card = this.org.card(name);
    await card.focus();
    await card.press("Enter");
    await this.org.page.getByRole("tab", { name: tab }).click();
  }

  messageBox(): Locator {
    return this.org.page.getByLabel("Message");
  }

  async send(text: string): Promise<void> {
    await this.messageBox().fill(text);
    await this.messageBox().press("Enter");
  }

  agentReplies(): Locator {
    return this.org.page.getByRole("listitem", { name: "Agent replied" });
  }

  workingLine(): Locator {
    return this.org.page.getByText(/^Working…/);
  }

  /** Records every text the newest agent bubble shows, to prove it grew before it finished. */
  async recordReplyGrowth(): Promise<void> {
    await this.org.page.evaluate(() => {
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
    return this.org.page.evaluate(() => (window as unknown as { __replyTexts: string[] }).__replyTexts);
  }

  activityRows(): Locator {
    return this.org.page.getByRole("list", { name: "Activity rows" }).getByRole("listitem");
  }

  /** Opens a workspace's panel from its card with the keyboard, on whatever tab it last showed. */
  async openPanel(name: string): Promise<void> {
    const card = this.org.card(name);
    await card.focus();
    await card.press("Enter");
  }

  tabs(): Locator {
    return this.org.page.getByRole("tablist").getByRole("tab");
  }

  /** The panel's title: the workspace's name as a heading. */
  title(name: string): Locator {
    return this.region(name).getByRole("heading", { level: 2 });
  }

  /** The drag handle on the panel's edge, a focusable separator whose value is the width in px. */
  resizeHandle(): Locator {
    return this.org.page.getByRole("separator", { name: "Resize panel" });
  }

  /** The page scrolls sideways when the document is wider than the viewport. */
  pageOverflowsSideways(): Promise<boolean> {
    return this.org.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  }

  /** Whether the element's whole box lies in the viewport and its text is not cut. */
  isFullyVisible(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const text = el.firstElementChild ?? el;
      return (
        box.left >= 0 &&
        box.right <= document.documentElement.clientWidth &&
        text.scrollWidth <= text.clientWidth
      );
    });
  }
}
