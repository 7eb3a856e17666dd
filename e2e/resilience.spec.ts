import { expect, test } from "@playwright/test";
import { OrgScreenPage } from "./pages/org-screen-page";
import { PLATFORM_ORIGIN } from "./pages/origins";
import { platform } from "./pages/platform-api";
import { SocketFault } from "./pages/platform-faults";

/** What the org screen shows: every card's text, in a stable order. */
async function shownCards(org: OrgScreenPage): Promise<string[]> {
  return (await org.cards().allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim()).sort();
}

test.describe("Resilience of the canvas", () => {
  test("after the socket drops while events flow, it reconnects by itself and equals a fresh load", async ({
    page,
    browser,
  }) => {
    const fault = await SocketFault.install(page);
    const org = new OrgScreenPage(page);
    await org.open();
    const rows = (await platform.rows()).slice(0, 4);
    const renamed = rows.map((r) => ({ id: r.id, name: r.name, next: `${r.name} (moved desk)` }));

    try {
      // Events the page sees, then events it misses while the socket is down.
      await platform.patch(renamed[0]!.id, { name: renamed[0]!.next });
      await expect(org.card(renamed[0]!.next)).toBeVisible();
      await fault.drop();
      await expect(org.liveStatus()).toBeHidden();
      for (const r of renamed.slice(1)) await platform.patch(r.id, { name: r.next });
      await platform.post(`/workspaces/${rows[3]!.id}/pause`);
      fault.restore();

      await expect(org.liveStatus()).toBeVisible({ timeout: 30_000 });
      for (const r of renamed) await expect(org.card(r.next)).toBeVisible();
      expect(fault.connections).toBeGreaterThan(1);

      const freshBrowser = await browser.newContext();
      try {
        const fresh = new OrgScreenPage(await freshBrowser.newPage());
        await fresh.open();
        await expect(fresh.cards()).toHaveCount(await org.cards().count());
        expect(await shownCards(org)).toEqual(await shownCards(fresh));
      } finally {
        await freshBrowser.close();
      }
    } finally {
      await platform.post(`/workspaces/${rows[3]!.id}/resume`);
      for (const r of renamed) await platform.patch(r.id, { name: r.name });
    }
  });

  test("when the platform goes away mid-session it says so, keeps the draft, and recovers by itself", async ({
    page,
  }) => {
    const fault = await SocketFault.install(page);
    const org = new OrgScreenPage(page);
    await org.open();
    await page.keyboard.press("n");
    const dialog = page.getByRole("dialog", { name: "Create a workspace" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("radio", { name: "Blank" }).check();
    const name = `Kept draft ${Date.now()}`;
    await dialog.getByRole("textbox", { name: "Name" }).fill(name);

    // The platform goes away: the socket drops and every HTTP call is refused.
    await page.route(`${PLATFORM_ORIGIN}/**`, (route) => route.abort("connectionrefused"));
    await fault.drop();
    await expect(org.liveStatus()).toBeHidden();
    await expect(page.getByText(/reconnecting/i).first()).toBeVisible();
    await dialog.getByRole("button", { name: "Create workspace" }).click();
    await expect(dialog.getByText(/Your entries are kept/)).toBeVisible();
    await expect(dialog.getByRole("textbox", { name: "Name" })).toHaveValue(name);

    // It comes back: the canvas reconnects on its own, and the same draft goes through.
    await page.unroute(`${PLATFORM_ORIGIN}/**`);
    fault.restore();
    await expect(org.liveStatus()).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole("button", { name: "Create workspace" }).click();
    await expect(dialog).toBeHidden();
    await expect(org.card(name)).toBeVisible({ timeout: 30_000 });
    const created = await platform.row(name);
    await platform.remove(created.id);
  });
});
