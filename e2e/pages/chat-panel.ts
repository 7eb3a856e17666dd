import { expect, type Page } from "@playwright/test";
import { PLATFORM_API } from "./canvas-page";

type Row = { id: string; name: string; status: string; parent_id: string | null };

/** The platform's workspaces, asked directly (the test runner does not use Chromium's host mapping). */
export async function platformWorkspaces(): Promise<Row[]> {
  const res = await fetch(`${PLATFORM_API}/workspaces`);
  expect(res.status).toBe(200);
  return (await res.json()) as Row[];
}

/** The demo org's lead (the root with a team), once every demo agent is online. */
export async function demoLead(): Promise<Row> {
  await expect
    .poll(async () => (await platformWorkspaces()).every((w) => w.status === "online"), { timeout: 60_000 })
    .toBe(true);
  const rows = await platformWorkspaces();
  const lead = rows.find((w) => w.parent_id === null && rows.some((c) => c.parent_id === w.id));
  if (!lead) throw new Error("the demo org has no lead");
  return lead;
}

/** Sends a chat message to a workspace as the canvas would, without the browser. */
export async function sendAsCanvas(
  workspaceId: string,
  text: string,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${PLATFORM_API}/workspaces/${workspaceId}/a2a`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      method: "message/send",
      params: { message: { role: "user", parts: [{ kind: "text", text }] } },
    }),
  });
  return { status: res.status, body: await res.json() };
}

export async function restartWorkspace(workspaceId: string): Promise<void> {
  const res = await fetch(`${PLATFORM_API}/workspaces/${workspaceId}/restart`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  expect(res.status).toBeLessThan(300);
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
