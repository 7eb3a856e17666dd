import { expect, test } from "@playwright/test";
import { OrgScreenPage } from "./pages/org-screen-page";
import { LOCAL_ORIGIN } from "./pages/origins";

test.describe("Static assets from public/", () => {
  test("serves robots.txt and the icon as files", async ({ request }) => {
    const robots = await request.get(`${LOCAL_ORIGIN}/robots.txt`);
    expect(robots.status()).toBe(200);
    expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
    expect(await robots.text()).toMatch(/^User-agent: \*$/m);

    const icon = await request.get(`${LOCAL_ORIGIN}/icon.svg`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  });

  test("links the icon from the page head, and the page's CSP lets it load", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await page.goto(`${LOCAL_ORIGIN}/`);

    const link = page.locator('head link[rel="icon"]');
    await expect(link).toHaveAttribute("href", "/icon.svg");
    await expect(link).toHaveAttribute("type", "image/svg+xml");
    // Loaded as an image by the page itself, so the CSP's img-src decides, as for the tab's icon.
    const width = await page.evaluate(async () => {
      const image = new Image();
      image.src = "/icon.svg";
      await image.decode();
      return image.naturalWidth;
    });
    expect(width).toBeGreaterThan(0);
    await org.expectNoConsoleErrors();
  });
});
