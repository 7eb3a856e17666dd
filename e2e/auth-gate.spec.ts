import { expect, test } from "@playwright/test";
import { CanvasPage, PLATFORM_ORIGIN, TENANT_ORIGIN } from "./pages/canvas-page";

const session = { user_id: "user_1", org_id: "org_1", email: "ada@example.com" };
const workspaceRow = { id: "3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10", name: "PM", status: "online" };

test.describe("AuthGate on a tenant host", () => {
  test("sends an anonymous visitor to sign-in with this page as return_to", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.answerSession({ status: 401, json: { error: "unauthenticated" } });
    await canvas.answerWorkspaces({ status: 200, json: [] });
    await canvas.interceptSignIn();
    const pageUrl = `${TENANT_ORIGIN}/?view=org&team=a%20b#top`;

    await canvas.open(pageUrl);

    await page.waitForURL(`${PLATFORM_ORIGIN}/cp/auth/login**`);
    expect(page.url()).toBe(`${PLATFORM_ORIGIN}/cp/auth/login?return_to=${encodeURIComponent(pageUrl)}`);
    expect(canvas.workspaceRequests).toHaveLength(0);
  });

  test("shows the retry screen, never the app, when the session check fails with 5xx", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.answerSession({ status: 503, json: { error: "control plane unavailable" } });
    await canvas.answerWorkspaces({ status: 200, json: [workspaceRow] });

    await canvas.open(`${TENANT_ORIGIN}/`);

    await expect(canvas.signInUnreachableHeading()).toBeVisible();
    await expect(canvas.connectedMessage()).toHaveCount(0);
    expect(canvas.workspaceRequests).toHaveLength(0);
  });

  test("lets the user in once Retry finds the session", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.answerSession({ status: 500, json: { error: "boom" } });
    await canvas.answerWorkspaces({ status: 200, json: [workspaceRow] });
    await canvas.open(`${TENANT_ORIGIN}/`);
    await expect(canvas.signInUnreachableHeading()).toBeVisible();

    await canvas.answerSession({ status: 200, json: session });
    await canvas.retryButton().click();

    await expect(canvas.connectedMessage()).toHaveText(`Connected to ${PLATFORM_ORIGIN}: 1 workspace`);
  });

  test("renders the app for a signed-in session and scopes calls to the tenant", async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.answerSession({ status: 200, json: session });
    await canvas.answerWorkspaces({
      status: 200,
      json: [workspaceRow, { ...workspaceRow, id: "b", name: "Dev" }],
    });

    const response = await page.goto(`${TENANT_ORIGIN}/`);

    await expect(canvas.connectedMessage()).toHaveText(`Connected to ${PLATFORM_ORIGIN}: 2 workspaces`);
    expect(canvas.sessionRequests.length).toBeGreaterThan(0);
    expect(canvas.workspaceRequests[0]?.headers()["x-molecule-org-slug"]).toBe("acme");
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain(`connect-src 'self'`);
    expect(csp).toContain(PLATFORM_ORIGIN);
    await canvas.expectNoConsoleErrors();
  });
});
