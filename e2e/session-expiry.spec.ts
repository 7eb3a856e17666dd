import { expect, test } from "@playwright/test";
import { ensureRunningOrg, sessionCookie } from "./pages/control-plane";
import { OrgScreenPage } from "./pages/org-screen-page";
import { PLATFORM_API, PLATFORM_ORIGIN, TENANT_ORIGIN, TENANT_SLUG } from "./pages/origins";
import { SignInPage } from "./pages/sign-in-page";

test.describe("A session that ends mid-session", () => {
  test.beforeAll(async () => {
    await ensureRunningOrg(TENANT_SLUG, await sessionCookie("ada@example.com"));
  });

  test("sends the user to sign-in from where they were and brings them back there", async ({ page }) => {
    const signIn = new SignInPage(page);
    const org = new OrgScreenPage(page);
    const view = `${TENANT_ORIGIN}/?view=org`;
    await signIn.signIn("ada@example.com", view);
    await expect(org.workspaceCount()).toBeVisible();
    await expect(org.cards().first()).toBeVisible();

    // End the session on the server, as an expiry would: the browser keeps a cookie that no longer works.
    const session = (await page.context().cookies()).find((c) => c.name === "molecule_cp_session");
    expect(session).toBeTruthy();
    const signout = await fetch(`${PLATFORM_API}/cp/auth/signout`, {
      method: "POST",
      headers: { cookie: `molecule_cp_session=${session!.value}` },
    });
    expect(signout.status).toBe(200);

    // Opening a card's panel asks the platform for that workspace's details: the first 401.
    const here = page.url();
    await org.cards().first().focus();
    await page.keyboard.press("Enter");

    await page.waitForURL(`${PLATFORM_ORIGIN}/cp/auth/login**`);
    expect(new URL(page.url()).searchParams.get("return_to")).toBe(here);
    await signIn.submit("ada@example.com");
    await page.waitForURL(here);
    await expect(org.workspaceCount()).toBeVisible();
  });
});
