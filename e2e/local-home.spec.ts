import { expect, test } from "@playwright/test";
import { CanvasPage, LOCAL_ORIGIN, platformWorkspaceCount, workspacesLabel } from "./pages/canvas-page";

test.describe("Home on localhost (self-hosted, no sign-in)", () => {
  test("renders the platform's workspaces without the gate or a session check", async ({ page }) => {
    const canvas = new CanvasPage(page);

    const response = await page.goto(`${LOCAL_ORIGIN}/`);

    const count = await platformWorkspaceCount();
    expect(count).toBeGreaterThan(0); // the demo org is seeded
    await expect(canvas.workspaceCount()).toHaveText(workspacesLabel(count));
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
    await canvas.failWorkspaces();

    await canvas.open(`${LOCAL_ORIGIN}/`);
    await expect(page.getByRole("heading", { name: "Can't reach the platform" })).toBeVisible();

    await canvas.restoreWorkspaces();
    await canvas.retryButton().click();
    await expect(canvas.workspaceCount()).toBeVisible();
  });

  test("says when the platform's datastore is down", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.failWorkspaces({
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
    await canvas.open(`${LOCAL_ORIGIN}/`);
    await expect(canvas.workspaceCount()).toBeVisible();

    await page.getByRole("radio", { name: "Dark" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
    await canvas.expectNoConsoleErrors();
  });
});
