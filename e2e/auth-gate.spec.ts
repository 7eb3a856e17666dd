import { expect, test } from "@playwright/test";
import { ensureRunningOrg, sessionCookie } from "./pages/control-plane";
import { OrgScreenPage, workspacesLabel } from "./pages/org-screen-page";
import { PLATFORM_ORIGIN, TENANT_ORIGIN, TENANT_SLUG } from "./pages/origins";
import { failPlatformCall, restorePlatformCall } from "./pages/platform-faults";
import { platformWorkspaceCount } from "./pages/platform-api";
import { SignInPage } from "./pages/sign-in-page";

const ADA = "ada@example.com";

test.describe("AuthGate on a tenant host", () => {
  // Tenant data needs a real org the user belongs to (multi-tenancy), so the tenant is made first.
  let tenant: { slug: string; cookie: string };
  test.beforeAll(async () => {
    tenant = { slug: TENANT_SLUG, cookie: await sessionCookie(ADA) };
    await ensureRunningOrg(TENANT_SLUG, tenant.cookie);
  });

  test("sends an anonymous visitor to sign-in and brings them back signed in", async ({ page }) => {
    const org = new OrgScreenPage(page);
    const pageUrl = `${TENANT_ORIGIN}/?view=org&team=a%20b#top`;

    await page.goto(pageUrl);

    await page.waitForURL(`${PLATFORM_ORIGIN}/cp/auth/login**`);
    expect(page.url()).toBe(`${PLATFORM_ORIGIN}/cp/auth/login?return_to=${encodeURIComponent(pageUrl)}`);
    expect(org.traffic.to("/workspaces")).toHaveLength(0);

    await new SignInPage(page).submit(ADA);

    await page.waitForURL(pageUrl);
    const count = await platformWorkspaceCount(tenant);
    await expect(org.workspaceCount()).toHaveText(workspacesLabel(count));
  });

  test("shows the retry screen, never the app, when the session check fails with 5xx", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await failPlatformCall(page, "/cp/auth/me", {
      status: 503,
      json: { error: "control plane unavailable" },
    });

    await page.goto(`${TENANT_ORIGIN}/`);

    await expect(org.signInUnreachableHeading()).toBeVisible();
    await expect(org.workspaceCount()).toHaveCount(0);
    expect(org.traffic.to("/workspaces")).toHaveLength(0);
  });

  test("lets a signed-in user in once Retry reaches the session check again", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await new SignInPage(page).signIn(ADA, `${TENANT_ORIGIN}/`);
    await failPlatformCall(page, "/cp/auth/me", { status: 500, json: { error: "boom" } });
    await page.goto(`${TENANT_ORIGIN}/`);
    await expect(org.signInUnreachableHeading()).toBeVisible();

    await restorePlatformCall(page, "/cp/auth/me");
    await org.retryButton().click();

    await expect(org.workspaceCount()).toBeVisible();
  });

  test("renders the app for a signed-in session and scopes calls to the tenant", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await new SignInPage(page).signIn(ADA, `${TENANT_ORIGIN}/`);

    const response = await page.goto(`${TENANT_ORIGIN}/`);

    const count = await platformWorkspaceCount(tenant);
    await expect(org.workspaceCount()).toHaveText(workspacesLabel(count));
    expect(org.traffic.to("/cp/auth/me").length).toBeGreaterThan(0);
    expect(org.traffic.to("/workspaces").at(-1)?.headers()["x-molecule-org-slug"]).toBe(TENANT_SLUG);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain(`connect-src 'self'`);
    expect(csp).toContain(PLATFORM_ORIGIN);
    await org.expectNoConsoleErrors();
  });

  test("signs out from the canvas: the session ends and the tenant asks to sign in again", async ({
    page,
  }) => {
    const org = new OrgScreenPage(page);
    await new SignInPage(page).signIn(ADA, `${TENANT_ORIGIN}/`);
    await expect(org.workspaceCount()).toBeVisible();

    await page.getByRole("button", { name: `Account menu for ${ADA}` }).click();
    await page.getByRole("button", { name: "Sign out" }).click();

    await page.waitForURL(`${PLATFORM_ORIGIN}/cp/auth/login`);
    await page.goto(`${TENANT_ORIGIN}/`);
    await page.waitForURL(`${PLATFORM_ORIGIN}/cp/auth/login?return_to=**`);
  });
});
