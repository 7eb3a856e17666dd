import { expect, test } from "@playwright/test";
import { CanvasPage, LOCAL_ORIGIN, PLATFORM_ORIGIN } from "./pages/canvas-page";

test.describe("Home on localhost (self-hosted, no sign-in)", () => {
  test("renders without the gate and without a session check", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.answerSession({ status: 401, json: { error: "unauthenticated" } });
    await canvas.answerWorkspaces({ status: 200, json: [] });

    const response = await page.goto(`${LOCAL_ORIGIN}/`);

    await expect(canvas.connectedMessage()).toHaveText(`Connected to ${PLATFORM_ORIGIN}: 0 workspaces`);
    await expect(page.getByText("No workspaces yet.", { exact: false })).toBeVisible();
    expect(canvas.sessionRequests).toHaveLength(0);
    expect(canvas.workspaceRequests[0]?.headers()["x-molecule-org-slug"]).toBeUndefined();
    const headers = response?.headers() ?? {};
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    await canvas.expectNoConsoleErrors();
  });

  test("explains an unreachable platform and recovers on Retry", async ({ page }) => {
    const canvas = new CanvasPage(page);
    let isPlatformUp = false;
    await page.route(`${PLATFORM_ORIGIN}/workspaces`, async (route) => {
      if (!isPlatformUp) return route.abort("connectionrefused");
      await route.fulfill({
        status: 200,
        headers: { "access-control-allow-origin": LOCAL_ORIGIN, "access-control-allow-credentials": "true" },
        json: [],
      });
    });

    await canvas.open(`${LOCAL_ORIGIN}/`);
    await expect(page.getByRole("heading", { name: "Can't reach the platform" })).toBeVisible();

    isPlatformUp = true;
    await canvas.retryButton().click();
    await expect(canvas.connectedMessage()).toHaveText(`Connected to ${PLATFORM_ORIGIN}: 0 workspaces`);
  });

  test("says when the platform's datastore is down", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.answerWorkspaces({
      status: 503,
      json: { error: "platform datastore unavailable — retry shortly", code: "platform_unavailable" },
    });

    await canvas.open(`${LOCAL_ORIGIN}/`);

    await expect(
      page.getByRole("heading", { name: "The platform is temporarily unavailable" }),
    ).toBeVisible();
    await expect(canvas.retryButton()).toBeVisible();
  });

  test("switches to the dark theme and keeps it across a reload", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.answerWorkspaces({ status: 200, json: [] });
    await canvas.open(`${LOCAL_ORIGIN}/`);
    await expect(canvas.connectedMessage()).toBeVisible();

    await page.getByRole("radio", { name: "Dark" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
    await canvas.expectNoConsoleErrors();
  });
});
