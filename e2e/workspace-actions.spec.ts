import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { OrgScreenPage } from "./pages/org-screen-page";
import { platform } from "./pages/platform-api";

test.describe("Workspace actions against the local platform", () => {
  test("creates a workspace from a template: it appears, shows its provisioning steps and goes online", async ({
    page,
  }) => {
    const org = new OrgScreenPage(page);
    // scripts/e2e-platform.sh slows this name's "Start agent process" step, so the card is sure to show it.
    const name = "Slow-starting researcher";
    await org.open();
    // Fit the org (the origin, where new cards start, included) so the card is on screen while it provisions.
    await page.keyboard.press("f");

    await org.runFromPalette("create workspace");
    const dialog = page.getByRole("dialog", { name: "Create a workspace" });
    await dialog.getByRole("combobox", { name: "Template" }).selectOption("researcher");
    await dialog.getByRole("textbox", { name: "Name" }).fill(name);
    await dialog.getByRole("button", { name: "Create workspace" }).click();

    await expect(dialog).toBeHidden();
    await expect(org.card(name)).toBeVisible();
    await expect(org.card(name)).toContainText("Start agent process");
    await expect(org.cardContent(name)).toHaveAccessibleName(`${name}, Online`, { timeout: 30_000 });
    const created = await platform.row(name);
    expect(created.status).toBe("online");
    await platform.remove(created.id);
  });

  test("deletes a team after its name is typed, removing the whole subtree", async ({ page }) => {
    const org = new OrgScreenPage(page);
    const stamp = Date.now();
    const team = await platform.create({ name: `E2E team ${stamp}`, template: "team-lead" });
    const members = [
      await platform.create({ name: `E2E member A ${stamp}`, parent_id: team.id }),
      await platform.create({ name: `E2E member B ${stamp}`, parent_id: team.id }),
    ];
    await org.open();
    await org.jumpTo(team.name);

    const menu = await org.openContextMenu(team.name);
    await menu.getByRole("menuitem", { name: "Delete team…" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Delete team ${team.name}?` });
    for (const member of members)
      await expect(dialog.getByRole("listitem").filter({ hasText: member.name })).toBeVisible();
    const confirm = dialog.getByRole("button", { name: "Delete", exact: true });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole("textbox", { name: `Type ${team.name} to confirm` }).fill(team.name);
    await confirm.click();

    await expect(dialog).toBeHidden();
    await expect(org.card(team.name)).toHaveCount(0);
    for (const member of members) await expect(org.card(member.name)).toHaveCount(0);
    const gone = new Set([team.id, ...members.map((m) => m.id)]);
    expect((await platform.rows()).filter((r) => gone.has(r.id))).toEqual([]);
  });

  test("keyboard only: opens the palette, jumps to a workspace and pauses it", async ({ page }) => {
    const org = new OrgScreenPage(page);
    const target = await platform.create({ name: `E2E pausable ${Date.now()}` });
    await platform.waitOnline(target.id);
    await org.open();

    await org.jumpTo(target.name);
    await expect(org.panel.region(target.name)).toBeVisible();

    await org.runFromPalette(`pause ${target.name}`);
    await expect(org.cardContent(target.name)).toHaveAccessibleName(`${target.name}, Paused`);

    await org.runFromPalette(`resume ${target.name}`);
    await expect(org.cardContent(target.name)).not.toHaveAccessibleName(`${target.name}, Paused`);
  });

  test("exports a workspace as a bundle and imports it back as a copy", async ({ page }) => {
    const org = new OrgScreenPage(page);
    const source = await platform.create({ name: `E2E exported ${Date.now()}` });
    await platform.waitOnline(source.id);
    await org.open();
    await org.jumpTo(source.name);

    const menu = await org.openContextMenu(source.name);
    const downloading = page.waitForEvent("download");
    await menu.getByRole("menuitem", { name: "Export as .bundle.json" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.bundle\.json$/);
    const file = await download.path();
    expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ id: source.id, name: source.name });

    const copiesBefore = (await platform.rows()).filter((r) => r.name === source.name).length;
    const choosing = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Import bundle" }).click();
    await (await choosing).setFiles(file);

    await expect(org.toast(`Imported ${source.name}`)).toBeVisible();
    // The import pans to the copy; the source may now be out of view, so count on the platform.
    await expect(org.card(source.name).first()).toBeInViewport();
    expect((await platform.rows()).filter((r) => r.name === source.name)).toHaveLength(copiesBefore + 1);
  });
});
