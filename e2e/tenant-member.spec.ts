import { expect, test, type Page } from "@playwright/test";
import { ensureRunningOrg, sessionCookie } from "./pages/control-plane";
import { OrgScreenPage } from "./pages/org-screen-page";
import { PLATFORM_API } from "./pages/origins";
import { SignInPage } from "./pages/sign-in-page";

/**
 * A member's session on a tenant host: every workspace-tier route (activity, PATCH, lifecycle,
 * approvals) runs on the session cookie alone, as on a real tenant. The e2e platform runs in dev
 * mode, but dev mode opens only the default local org, so a tenant is checked as in production.
 */
// One org per worker, so a journey starts from the starter layout and nothing another run left.
const RUN = Date.now().toString(36);
const SLUG = `globex-${RUN}`;
const ORIGIN = `http://${SLUG}.moleculesai.test:3000`;
const OWNER = `hank-${RUN}@globex.test`;

type Row = { id: string; name: string; status: string; x: number; y: number; parent_id: string | null };

let cookie = "";
async function tenantCall(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${PLATFORM_API}${path}`, {
    method,
    headers: {
      cookie,
      "x-molecule-org-slug": SLUG,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
async function tenantRows(): Promise<Row[]> {
  const res = await tenantCall("GET", "/workspaces");
  expect(res.status).toBe(200);
  return (await res.json()) as Row[];
}
/** Where each card of this worker's org was when first read: the journeys put cards back there. */
const homes = new Map<string, Row>();
async function tenantRow(name: string): Promise<Row & { home: Row }> {
  const row = (await tenantRows()).find((r) => r.name === name);
  if (!row) throw new Error(`no workspace named ${name} in ${SLUG}`);
  if (!homes.has(name)) homes.set(name, row);
  return { ...row, home: homes.get(name)! };
}
const statusOf = async (id: string) => (await tenantRows()).find((r) => r.id === id)?.status;

async function openTenant(page: Page) {
  const org = new OrgScreenPage(page);
  await new SignInPage(page).signIn(OWNER, `${ORIGIN}/`);
  await expect(org.liveStatus()).toBeVisible();
  return { org, chat: org.panel };
}

test.describe("A member on their tenant", () => {
  test.setTimeout(120_000);
  test.beforeAll(async () => {
    cookie = await sessionCookie(OWNER);
    await ensureRunningOrg(SLUG, cookie);
    await expect
      .poll(async () => (await tenantRows()).every((r) => r.status === "online"), { timeout: 60_000 })
      .toBe(true);
  });

  test("drags a card and the platform keeps where it went", async ({ page }) => {
    // Start from where the card first was, whatever an earlier repeat left.
    const home = (await tenantRow("Writer")).home;
    expect((await tenantCall("PATCH", `/workspaces/${home.id}`, { x: home.x, y: home.y })).status).toBe(200);
    const { org } = await openTenant(page);
    await expect(org.card("Writer")).toBeVisible();
    // A short drag stays inside the team and clear of the card below (a drop there would ask to nest).
    await org.dragBy("Writer", 0, 24);
    await expect.poll(async () => (await tenantRow("Writer")).y, { timeout: 10_000 }).toBeGreaterThan(home.y);
  });

  test("reads a workspace's chat history back after a reload", async ({ page }) => {
    const { chat } = await openTenant(page);
    const founder = await tenantRow("Founder");
    await chat.openTab(founder.name, "Chat");
    const prompt = `Draft the globex launch note ${Date.now()}`;
    await chat.send(prompt);
    await expect(chat.agentReplies().filter({ hasText: prompt })).toContainText("parts done", {
      timeout: 60_000,
    });
    // The reply is on screen once streamed; the reload must come after the platform logged the call.
    await expect
      .poll(async () => (await tenantCall("GET", `/workspaces/${founder.id}/activity?source=canvas`)).text())
      .toContain(prompt);

    await page.reload();
    await expect(page.getByRole("status", { name: "Live updates: Live" })).toBeVisible();
    await chat.openTab(founder.name, "Chat");
    const asked = page.getByRole("listitem", { name: "You said" }).filter({ hasText: prompt });
    await expect(asked).toBeVisible();
    await expect(chat.agentReplies().filter({ hasText: prompt })).toBeVisible();
  });

  test("restarts a workspace from its panel and sees it come back online", async ({ page }) => {
    // A fast restart can pass provisioning between two polls: read the events the tab's socket got.
    const events: { event: string; workspace_id: string }[] = [];
    page.on("websocket", (ws) =>
      ws.on("framereceived", ({ payload }) => events.push(JSON.parse(String(payload)))),
    );
    const { chat } = await openTenant(page);
    const reviewer = await tenantRow("Reviewer");
    await chat.openTab(reviewer.name, "Details");
    const actions = page.getByRole("group", { name: "Workspace actions" });
    const restarted = page.waitForResponse((r) => r.url().endsWith(`/workspaces/${reviewer.id}/restart`));
    await actions.getByRole("button", { name: "Restart" }).click();
    expect((await restarted).status()).toBe(200);
    const seen = () => events.filter((e) => e.workspace_id === reviewer.id).map((e) => e.event);
    await expect
      .poll(() => seen().indexOf("WORKSPACE_PROVISIONING"), { timeout: 10_000 })
      .toBeGreaterThan(-1);
    await expect
      .poll(() => seen().lastIndexOf("WORKSPACE_ONLINE") > seen().indexOf("WORKSPACE_PROVISIONING"), {
        timeout: 60_000,
      })
      .toBe(true);
    await expect.poll(() => statusOf(reviewer.id)).toBe("online");
    await expect(page.getByRole("region", { name: "Notifications" })).not.toContainText("failed");
  });

  test("approves one request and denies another from the inbox", async ({ page }) => {
    const { org } = await openTenant(page);
    const researcher = await tenantRow("Researcher");
    for (const action of ["Publish the globex report", "Email every globex customer"]) {
      const asked = await tenantCall("POST", `/workspaces/${researcher.id}/approvals`, { action });
      expect(asked.status).toBe(201);
    }
    await expect(org.inboxButton()).toContainText("2");
    await org.inboxButton().click();
    await org
      .inbox()
      .getByRole("button", { name: /^Approve .*Publish the globex report/ })
      .click();
    await org
      .inbox()
      .getByRole("button", { name: /^Deny .*Email every globex customer/ })
      .click();
    await expect(org.inbox()).toContainText(/Approved by/);
    await expect(org.inbox()).toContainText(/Denied by/);

    const decided = await tenantCall("GET", `/workspaces/${researcher.id}/approvals`);
    const rows = (await decided.json()) as { action: string; status: string }[];
    expect(Object.fromEntries(rows.map((r) => [r.action, r.status]))).toMatchObject({
      "Publish the globex report": "approved",
      "Email every globex customer": "denied",
    });
  });
});
