import { expect, test } from "@playwright/test";
import { OrgScreenPage } from "./pages/org-screen-page";
import { demoLead } from "./pages/platform-api";

test.use({ viewport: { width: 1280, height: 720 } });

test.describe("The workspace panel at 1280×720", () => {
  test("shows every tab without sideways page scroll, with its title whole, and resizes by keyboard", async ({
    page,
  }) => {
    const lead = await demoLead();
    const org = new OrgScreenPage(page);
    await org.open();
    const panel = org.panel;
    await panel.openPanel(lead.name);
    await expect(panel.region(lead.name)).toBeVisible();

    const names = await panel.tabs().allTextContents();
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      const tab = page.getByRole("tab", { name, exact: true });
      await tab.click();
      await expect(tab).toHaveAttribute("aria-selected", "true");
      await expect(tab).toBeInViewport();
      expect(await panel.pageOverflowsSideways(), `page scrolls sideways on ${name}`).toBe(false);
      expect(await panel.isFullyVisible(panel.title(lead.name)), `title cut on ${name}`).toBe(true);
    }

    // Every section is also one menu away, by keyboard.
    await page.getByRole("button", { name: `All ${lead.name} sections` }).press("Enter");
    await page.getByRole("menuitem", { name: names[0], exact: true }).press("Enter");
    await expect(page.getByRole("tab", { name: names[0], exact: true })).toHaveAttribute(
      "aria-selected",
      "true",
    );

    const handle = panel.resizeHandle();
    const region = panel.region(lead.name);
    const before = Number(await handle.getAttribute("aria-valuenow"));
    const widthBefore = (await region.boundingBox())?.width ?? 0;
    await handle.focus();
    await handle.press("ArrowLeft");
    await expect(handle).toHaveAttribute("aria-valuenow", String(before + 16));
    await expect.poll(async () => (await region.boundingBox())?.width).toBeGreaterThan(widthBefore);
    await handle.press("End");
    await expect(handle).toHaveAttribute("aria-valuenow", "800");
    expect(await panel.pageOverflowsSideways()).toBe(false);
    expect(await panel.isFullyVisible(panel.title(lead.name))).toBe(true);

    // The width is remembered on the next visit.
    await org.open();
    await panel.openPanel(lead.name);
    await expect(panel.resizeHandle()).toHaveAttribute("aria-valuenow", "800");
    await org.expectNoConsoleErrors();
  });
});
