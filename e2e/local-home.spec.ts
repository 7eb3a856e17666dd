import { expect, test } from "@playwright/test";
import { OrgScreenPage, workspacesLabel } from "./pages/org-screen-page";
import { LOCAL_ORIGIN } from "./pages/origins";
import { platformWorkspaceCount } from "./pages/platform-api";
import { failPlatformCall, restorePlatformCall } from "./pages/platform-faults";

test.describe("Home on localhost (self-hosted, no sign-in)", () => {
  test("renders the platform's workspaces without the gate or a session check", async ({ page }) => {
    const org = new OrgScreenPage(page);

    const response = await page.goto(`${LOCAL_ORIGIN}/`);

    const count = await platformWorkspaceCount();
    expect(count).toBeGreaterThan(0); // the demo org is seeded
    await expect(org.workspaceCount()).toHaveText(workspacesLabel(count));
    expect(org.traffic.to("/cp/auth/me")).toHaveLength(0);
    expect(org.traffic.to("/workspaces")[0]?.headers()["x-molecule-org-slug"]).toBeUndefined();
    const headers = response?.headers() ?? {};
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    await org.expectNoConsoleErrors();
  });

  test("explains an unreachable platform and recovers on Retry", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await failPlatformCall(page, "/workspaces");

    await page.goto(`${LOCAL_ORIGIN}/`);
    await expect(page.getByRole("heading", { name: "Can't reach the platform" })).toBeVisible();

    await restorePlatformCall(page, "/workspaces");
    await org.retryButton().click();
    await expect(org.workspaceCount()).toBeVisible();
  });

  test("says when the platform's datastore is down", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await failPlatformCall(page, "/workspaces", {
      status: 503,
      json: { error: "platform datastore unavailable — retry shortly", code: "platform_unavailable" },
    });

    await page.goto(`${LOCAL_ORIGIN}/`);

    await expect(
      page.getByRole("heading", { name: "The platform is temporarily unavailable" }),
    ).toBeVisible();
    await expect(org.retryButton()).toBeVisible();
  });

  test("switches to the dark theme and keeps it across a reload", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await page.goto(`${LOCAL_ORIGIN}/`);
    await expect(org.workspaceCount()).toBeVisible();

    await page.getByRole("radio", { name: "Dark" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
    await org.expectNoConsoleErrors();
  });
});
