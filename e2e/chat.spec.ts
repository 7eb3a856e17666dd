import { expect, test, type Page } from "@playwright/test";
import { OrgScreenPage } from "./pages/org-screen-page";
import { LOCAL_ORIGIN } from "./pages/origins";
import { demoLead, platform } from "./pages/platform-api";

/** The org screen open on localhost once the demo lead and its team are online. */
async function openWithLead(page: Page) {
  const lead = await demoLead();
  const org = new OrgScreenPage(page);
  await org.open();
  return { lead, org, chat: org.panel };
}

test.describe.configure({ mode: "serial" });

test.describe("Chat, activity and approvals against the real agents", () => {
  test.setTimeout(120_000);

  test("chats with the demo lead: live delegation progress, a streamed and combined answer", async ({
    page,
  }) => {
    const { lead, org, chat } = await openWithLead(page);
    await expect(org.workspaceCount()).toBeVisible();
    await chat.openTab(lead.name, "Chat");
    await chat.recordReplyGrowth();

    await chat.send("Plan the launch of the pricing page");

    await expect(chat.workingLine()).toContainText(/Asked .+ for Plan the launch/, { timeout: 20_000 });
    const answer = chat.agentReplies().last();
    await expect(answer).toContainText("parts done", { timeout: 60_000 });
    await expect(chat.workingLine()).toHaveCount(0);
    const texts = await chat.replyTexts();
    const final = texts.at(-1) ?? "";
    // At least one shorter snapshot that the final text extends: it grew while streaming.
    expect(texts.some((t) => t.length < final.length && final.startsWith(t.slice(0, 20)))).toBe(true);
    await expect(chat.messageBox()).toHaveValue("");
    await org.expectNoConsoleErrors();
  });

  test("renders hostile agent markup inert", async ({ page }) => {
    const { lead, org, chat } = await openWithLead(page);
    await chat.openTab(lead.name, "Chat");
    const title = await page.title();

    await chat.send("[unsafe-demo] Show me the report");

    const answer = chat.agentReplies().last();
    await expect(answer).toContainText("Here is the report.", { timeout: 30_000 });
    await expect(answer).toContainText("<img src=x onerror=");
    await expect(answer.locator("img, script, [onerror], [onclick]")).toHaveCount(0);
    await expect(answer.getByRole("link", { name: "Open the dashboard" })).toHaveCount(0);
    await answer.getByText("Open the dashboard").click();
    expect(page.url()).toBe(`${LOCAL_ORIGIN}/`);
    expect(await page.title()).toBe(title);
    await org.expectNoConsoleErrors();
  });

  test("shows new activity rows live, without a reload", async ({ page }) => {
    const { lead, chat } = await openWithLead(page);
    await chat.openTab(lead.name, "Activity");
    await expect(chat.activityRows().first()).toBeVisible();
    const before = await chat.activityRows().count();

    const reply = await platform.send(lead.id, "Summarise yesterday's incident");
    expect(reply.status).toBe(200);

    await expect.poll(() => chat.activityRows().count(), { timeout: 10_000 }).toBeGreaterThan(before);
    await expect(
      chat
        .activityRows()
        .filter({ hasText: `message/send → ${lead.name}` })
        .first(),
    ).toBeVisible();
  });

  test("shows an agent's approval request live and lets the agent continue once approved", async ({
    page,
  }) => {
    const { lead, org } = await openWithLead(page);
    await expect(org.inboxButton()).toBeVisible();

    const reply = platform.send(lead.id, "[approval] Ship the pricing page to production");

    await expect(org.inboxButton()).toContainText("1");
    await org.inboxButton().click();
    const approve = org.inbox().getByRole("button", { name: /^Approve .*Ship the pricing page/ });
    await approve.focus();
    await page.keyboard.press("Enter");
    await expect(org.inbox()).toContainText(/Approved by human/);

    const done = await reply;
    expect(done.status).toBe(200);
    expect(JSON.stringify(done.body)).toContain("parts done");
  });

  test("says the agent stopped when it restarts mid-answer, and answers when sent again", async ({
    page,
  }) => {
    const { lead, chat } = await openWithLead(page);
    await chat.openTab(lead.name, "Chat");

    await chat.send("Write the quarterly report");
    await expect(chat.workingLine()).toContainText(/Asked/, { timeout: 20_000 });
    await platform.post(`/workspaces/${lead.id}/restart`);

    await expect(page.getByText("The agent stopped before it finished")).toBeVisible({ timeout: 20_000 });
    await demoLead(); // back online
    await page.getByRole("button", { name: "Send again" }).last().click();
    await expect(chat.agentReplies().last()).toContainText("parts done", { timeout: 60_000 });
  });
});
