import { expect, test } from "@playwright/test";
import {
  CanvasPage,
  PLATFORM_ORIGIN,
  TENANT_ORIGIN,
  TENANT_SLUG,
  platformWorkspaceCount,
  workspacesLabel,
} from "./pages/canvas-page";
import { ensureRunningOrg, sessionCookie } from "./pages/control-plane";

test.describe("AuthGate on a tenant host", () => {
  // Tenant data needs a real org the user belongs to (multi-tenancy), so the tenant is made first.
  let tenant: { slug: string; cookie: string };
  test.beforeAll(async () => {
    tenant = { slug: TENANT_SLUG, cookie: await sessionCookie("ada@example.com") };
    await ensureRunningOrg(TENANT_SLUG, tenant.cookie);
  });

  test("sends an anonymous visitor to sign-in and brings them back signed in", async ({ page }) => {
    const canvas = new CanvasPage(page);
    const pageUrl = `${TENANT_ORIGIN}/?view=org&team=a%20b#top`;

    await canvas.open(pageUrl);

    await page.waitForURL(`${PLATFORM_ORIGIN}/cp/auth/login**`);
    expect(page.url()).toBe(`${PLATFORM_ORIGIN}/cp/auth/login?return_to=${encodeURIComponent(pageUrl)}`);
    expect(canvas.workspaceRequests).toHaveLength(0);

    await canvas.submitSignIn("ada@example.com");

    await page.waitForURL(pageUrl);
    const count = await platformWorkspaceCount(tenant);
    await expect(canvas.workspaceCount()).toHaveText(workspacesLabel(count));
  });

  test("shows the retry screen, never the app, when the session check fails with 5xx", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.failSession({ status: 503, json: { error: "control plane unavailable" } });

    await canvas.open(`${TENANT_ORIGIN}/`);

    await expect(canvas.signInUnreachableHeading()).toBeVisible();
    await expect(canvas.workspaceCount()).toHaveCount(0);
    expect(canvas.workspaceRequests).toHaveLength(0);
  });

  test("lets a signed-in user in once Retry reaches the session check again", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.signIn();
    await canvas.failSession({ status: 500, json: { error: "boom" } });
    await canvas.open(`${TENANT_ORIGIN}/`);
    await expect(canvas.signInUnreachableHeading()).toBeVisible();

    await canvas.restoreSession();
    await canvas.retryButton().click();

    await expect(canvas.workspaceCount()).toBeVisible();
  });

  test("renders the app for a signed-in session and scopes calls to the tenant", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.signIn();

    const response = await page.goto(`${TENANT_ORIGIN}/`);

    const count = await platformWorkspaceCount(tenant);
    await expect(canvas.workspaceCount()).toHaveText(workspacesLabel(count));
    expect(canvas.sessionRequests.length).toBeGreaterThan(0);
    expect(canvas.workspaceRequests.at(-1)?.headers()["x-molecule-org-slug"]).toBe(TENANT_SLUG);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain(`connect-src 'self'`);
    expect(csp).toContain(PLATFORM_ORIGIN);
    await canvas.expectNoConsoleErrors();
  });

  test("signs out from the canvas: the session ends and the tenant asks to sign in again", async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.signIn();
    await expect(canvas.workspaceCount()).toBeVisible();

    await page.getByRole("button", { name: "Account menu for ada@example.com" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();

    await page.waitForURL(`${PLATFORM_ORIGIN}/cp/auth/login`);
    await canvas.open(`${TENANT_ORIGIN}/`);
    await page.waitForURL(`${PLATFORM_ORIGIN}/cp/auth/login?return_to=**`);
  });
});
