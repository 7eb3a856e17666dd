import { expect, test } from "@playwright/test";
import { OrgScreenPage } from "./pages/org-screen-page";
import { platform } from "./pages/platform-api";

const MIN_TEXT_PX = 11;

test.describe("First view of the demo org", () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  // A fresh browser has no view of its own; forgetting the org's shared one leaves only the fit.
  test.beforeEach(() => platform.resetViewport());

  test("fits every card in view, filling it, with role text readable", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await org.open();
    const rows = await platform.rows();
    await expect(org.cards()).toHaveCount(rows.length);

    // Layout settles after the first paint (cards measured, teams laid out): the fit follows it.
    await expect(async () => {
      const view = await org.chart().boundingBox();
      if (!view) throw new Error("the chart is not on screen");
      const boxes = await org.cardBoxes();
      expect(boxes).toHaveLength(rows.length);
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(view.x);
        expect(box.y).toBeGreaterThanOrEqual(view.y);
        expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
        expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
      }
      const left = Math.min(...boxes.map((b) => b.x));
      const top = Math.min(...boxes.map((b) => b.y));
      const right = Math.max(...boxes.map((b) => b.x + b.width));
      const bottom = Math.max(...boxes.map((b) => b.y + b.height));
      // Most of the view along one axis: an org of this shape cannot fill both.
      expect(Math.max((right - left) / view.width, (bottom - top) / view.height)).toBeGreaterThanOrEqual(
        0.75,
      );
    }).toPass();

    const withRole = rows.find((r) => r.role);
    if (!withRole?.role) throw new Error("no demo workspace has a role");
    const role = org.cardContent(withRole.name).getByText(withRole.role, { exact: true }).first();
    const fontPx = await role.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx * (await org.zoom())).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  test("keeps the view the user moved to over the fit after a reload", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await org.open();
    const fitted = await org.zoom();
    const view = await org.chart().boundingBox();
    if (!view) throw new Error("the chart is not on screen");
    // Zoom out over the empty pane left of the org: a move by the user, remembered for this browser.
    await page.mouse.move(view.x + 20, view.y + view.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => org.zoom()).toBeLessThan(fitted);
    const moved = await org.zoom();
    const remembered = () =>
      page.evaluate(() => {
        const stored = JSON.parse(localStorage.getItem("molecule-viewport") ?? "null") as {
          state?: { viewport?: { zoom: number } | null };
        } | null;
        return stored?.state?.viewport?.zoom ?? null;
      });
    await expect.poll(remembered).toBeCloseTo(moved, 3);

    await org.open();
    await expect.poll(() => org.zoom()).toBeCloseTo(moved, 3);
  });
});
