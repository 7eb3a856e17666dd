import { expect, test } from "@playwright/test";
import { sessionCookie, statusOf } from "./pages/control-plane";
import { OrgScreenPage, workspacesLabel } from "./pages/org-screen-page";
import { APP_ORIGIN, PLATFORM_ORIGIN } from "./pages/origins";
import { OrgsPage } from "./pages/orgs-page";
import { failPlatformCall } from "./pages/platform-faults";
import { SignInPage } from "./pages/sign-in-page";

const ACME = "http://acme.moleculesai.test:3000";
const OWNER = "founder@acme.test";
const STARTER_TEAM = ["Founder", "Researcher", "Writer", "Reviewer"];

test.describe.configure({ mode: "serial" });

test.describe("SaaS onboarding on real subdomains", () => {
  test("bounces an anonymous visit to a tenant to sign-in with that page as return_to", async ({ page }) => {
    await page.goto(`${ACME}/?tab=chat`);
    await page.waitForURL(`${PLATFORM_ORIGIN}/cp/auth/login**`);
    expect(page.url()).toBe(
      `${PLATFORM_ORIGIN}/cp/auth/login?return_to=${encodeURIComponent(`${ACME}/?tab=chat`)}`,
    );
  });

  test("signs up, creates acme, watches it provision, opens it and sees its starter team", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const orgs = new OrgsPage(page);
    await orgs.signUp(OWNER);
    await expect(page.getByRole("heading", { name: "Your orgs" })).toBeVisible();

    await orgs.createOrg("Acme", "acme");
    await page.waitForURL(`${APP_ORIGIN}/orgs/acme/provisioning`);
    // The bar moves only on stage completion: see it part-way, then full.
    await expect(orgs.stage("Creating the org's records")).toContainText("Done");
    await expect(orgs.progressBar()).not.toHaveAttribute("aria-valuenow", "7");
    await expect(orgs.stage("Starting the starter team")).toContainText("Done", { timeout: 60_000 });
    await expect(page.getByTestId("provision-status")).toHaveText("running", { timeout: 60_000 });
    await expect(orgs.progressBar()).toHaveAttribute("aria-valuenow", "7");
    for (const stage of ["Health-checking the agents", "Confirming the tenant answers"])
      await expect(orgs.stage(stage)).toContainText("Done");

    await orgs.openTenantLink("acme").click();
    await page.waitForURL(`${ACME}/`);
    const org = new OrgScreenPage(page);
    await expect(org.workspaceCount()).toHaveText(workspacesLabel(STARTER_TEAM.length));
    for (const name of STARTER_TEAM) await expect(org.card(name)).toBeVisible();
  });

  test("keeps acme invisible to a second user: not listed, and 404 on open", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const orgs = new OrgsPage(page);
    await orgs.signUp("mallory@example.test");
    await expect(page.getByText("You have no orgs yet.")).toBeVisible();

    const org = new OrgScreenPage(page);
    const listed = page.waitForResponse(
      (r) => r.url() === `${PLATFORM_ORIGIN}/workspaces` && r.request().method() === "GET",
    );
    await page.goto(`${ACME}/`);
    expect((await listed).status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(org.workspaceCount()).toHaveCount(0);

    const cookie = await sessionCookie("mallory@example.test");
    expect(await statusOf("/cp/orgs/acme", { cookie })).toBe(404);
    expect(await statusOf("/cp/orgs/acme/provision-status", { cookie })).toBe(404);
    await context.close();
  });

  test("shows the retry screen, never the canvas, when /cp/auth/me answers 5xx", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await failPlatformCall(page, "/cp/auth/me", {
      status: 502,
      json: { error: "control plane unavailable" },
    });
    await page.goto(`${ACME}/`);
    await expect(org.signInUnreachableHeading()).toBeVisible();
    await expect(org.workspaceCount()).toHaveCount(0);
    expect(org.traffic.to("/workspaces")).toHaveLength(0);
  });

  test("refuses a delete with the wrong slug, then removes acme and stops its agents", async ({ page }) => {
    const cookie = await sessionCookie(OWNER);
    const team = (await (
      await fetch(`http://127.0.0.1:8080/workspaces`, { headers: { cookie, "x-molecule-org-slug": "acme" } })
    ).json()) as { url: string }[];
    const agentUrls = team.map((w) => w.url).filter(Boolean);
    expect(agentUrls.length).toBeGreaterThan(0);
    expect(
      await statusOf(
        "/cp/orgs/acme",
        { cookie, "content-type": "application/json" },
        { method: "DELETE", body: JSON.stringify({ confirm: "acm" }) },
      ),
    ).toBe(400);

    const orgs = new OrgsPage(page);
    await new SignInPage(page).signIn(OWNER, `${APP_ORIGIN}/orgs`);
    const dialog = await orgs.startDelete("Acme");
    await dialog.getByRole("textbox", { name: "Type acme to confirm" }).fill("acm");
    await expect(dialog.getByRole("button", { name: "Delete org" })).toBeDisabled();
    await dialog.getByRole("textbox", { name: "Type acme to confirm" }).fill("acme");
    await dialog.getByRole("button", { name: "Delete org" }).click();

    await expect(dialog).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByText("You have no orgs yet.")).toBeVisible();
    expect(await statusOf("/cp/orgs/acme/instance", {})).toBe(404);
    expect(await statusOf("/workspaces", { cookie, "x-molecule-org-slug": "acme" })).toBe(404);
    for (const url of agentUrls)
      await expect(
        fetch(`${url}/.well-known/agent-card.json`, { signal: AbortSignal.timeout(2000) }),
      ).rejects.toThrow();
  });
});
