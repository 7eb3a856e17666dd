import { expect, test } from "@playwright/test";
import { OrgScreenPage } from "./pages/org-screen-page";
import { expectPlatformRow, platform } from "./pages/platform-api";

// Team slots as the canvas lays them out: members start below the team's header, inside its padding.
const TEAM_PADDING = 24;
const TEAM_HEADER = 88;

test.describe("Org chart against the local platform", () => {
  // Each journey fits the whole org: a view an earlier one saved could leave its cards off screen.
  test.beforeEach(() => platform.resetViewport());

  test("renders every workspace of the demo org as a card", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await org.open();

    const rows = await platform.rows();
    expect(rows.length).toBeGreaterThan(1);
    await expect(org.cards()).toHaveCount(rows.length);
    for (const row of rows) await expect(org.card(row.name)).toBeVisible();
  });

  // How fast it shows is measured by the bench (bench/change-to-screen.ts), not asserted here.
  test("shows a status change made on the platform", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await org.open();
    const lena = await platform.row("Lena Park");
    await expect(org.card("Lena Park")).not.toContainText("Paused");

    await platform.post(`/workspaces/${lena.id}/pause`);
    try {
      await expect(org.card("Lena Park")).toContainText("Paused");
    } finally {
      await platform.post(`/workspaces/${lena.id}/resume`);
    }
    await expect(org.card("Lena Park")).not.toContainText("Paused");
  });

  test("a second browser sees a card moved in the first", async ({ page, browser }) => {
    const otherBrowser = await browser.newContext();
    try {
      // Owen in his team's first slot with Hana in the next one down, wherever earlier runs left them.
      const sofia = await platform.row("Sofia Alvarez");
      const slot = { x: sofia.x + TEAM_PADDING, y: sofia.y + TEAM_HEADER };
      await platform.patch((await platform.row("Owen Brooks")).id, slot);
      await platform.patch((await platform.row("Hana Sato")).id, { x: slot.x, y: slot.y + 200 });
      const first = new OrgScreenPage(page);
      const second = new OrgScreenPage(await otherBrowser.newPage());
      await first.open();
      await second.open();
      const before = await platform.row("Owen Brooks");
      const seenBefore = await second.box("Owen Brooks");

      // Half a card down: the pointer stays over the spot Owen left, so the drop is a move, not a nest.
      const { height } = await first.box("Owen Brooks");
      await first.dragBy("Owen Brooks", 0, height / 2);

      await expectPlatformRow("Owen Brooks", (r) => r.y > before.y, "the move is saved");
      await expect
        .poll(async () => (await second.box("Owen Brooks")).y - seenBefore.y)
        .toBeGreaterThan(height / 4);
    } finally {
      // A page left open keeps a live canvas that would act on later tests' workspaces.
      await otherBrowser.close();
    }
  });

  test("nests a card into another team, undoes and redoes it, and keeps it after a reload", async ({
    page,
  }) => {
    const org = new OrgScreenPage(page);
    await org.open();
    const priya = await platform.row("Priya Raman");
    const sofia = await platform.row("Sofia Alvarez");
    try {
      await org.dragOnto("Priya Raman", "Sofia Alvarez");
      await expect(org.confirmDialog()).toContainText("Move “Priya Raman” into “Sofia Alvarez”?");
      await org.confirmDialog().getByRole("button", { name: "Move" }).click();
      await expectPlatformRow("Priya Raman", (r) => r.parent_id === sofia.id, "nested into Sofia's team");
      await expect(org.undoButton("Move Priya Raman into Sofia Alvarez")).toBeEnabled();

      await org.undo();
      await expectPlatformRow("Priya Raman", (r) => r.parent_id === priya.parent_id, "undo puts it back");
      await expect(org.redoButton("Move Priya Raman into Sofia Alvarez")).toBeEnabled();
      await org.redo();
      await expectPlatformRow("Priya Raman", (r) => r.parent_id === sofia.id, "redo nests it again");

      await page.reload();
      await expect(org.card("Priya Raman")).toBeVisible();
      const team = await org.box("Sofia Alvarez");
      const card = await org.box("Priya Raman");
      expect(card.x).toBeGreaterThanOrEqual(team.x);
      expect(card.y).toBeGreaterThanOrEqual(team.y);
      expect(card.x + card.width).toBeLessThanOrEqual(team.x + team.width + 1);
      expect(card.y + card.height).toBeLessThanOrEqual(team.y + team.height + 1);
    } finally {
      // Back in Theo's team where it was, even when a step failed, so no later journey finds it nested.
      await platform.patch(priya.id, { parent_id: priya.parent_id, x: priya.x, y: priya.y });
    }
  });

  test("moves a card with the keyboard alone and saves where it went", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await org.open();

    const name = await org.tabToFirstCard();
    const before = await platform.row(name);
    await page.keyboard.press("Enter");
    await expect(org.card(name)).toHaveClass(/selected/);
    await expect(org.card(name)).toBeFocused();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press("ArrowRight");

    await expectPlatformRow(name, (r) => r.x === before.x + 20 && r.y === before.y, "moved 20 to the right");
  });

  test("keeps a keyboard move when another card changes before the move is saved", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await org.open();
    const name = await org.tabToFirstCard();
    const before = await platform.row(name);
    const other = (await platform.rows()).find((r) => r.name !== name && r.parent_id !== null);
    if (!other) throw new Error("the demo org has no second card");
    const role = `Edited while ${name} moves`;

    await page.keyboard.press("Enter");
    await expect(org.card(name)).toHaveClass(/selected/);
    try {
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      // Another row changes (as a heartbeat or someone's edit would) before the move is saved: the
      // keys keep coming (down and up, no net move) until the page shows that change.
      await platform.patch(other.id, { role });
      await expect
        .poll(
          async () => {
            await page.keyboard.press("ArrowDown");
            await page.keyboard.press("ArrowUp");
            return org.card(other.name).textContent();
          },
          { intervals: [50] },
        )
        .toContain(role);
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");

      await expectPlatformRow(
        name,
        (r) => r.x === before.x + 20 && r.y === before.y,
        "moved 20 to the right",
      );
    } finally {
      await platform.patch(other.id, { role: other.role });
    }
  });
});
