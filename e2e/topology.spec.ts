import { expect, test } from "@playwright/test";
import { OrgScreenPage } from "./pages/org-screen-page";
import { platform, type PlatformRow } from "./pages/platform-api";

let lead: PlatformRow;
let children: PlatformRow[];
let rows: PlatformRow[];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  rows = await platform.waitAllOnline();
  lead = rows.find((r) => r.parent_id === null)!;
  children = rows.filter((r) => r.parent_id === lead.id);
  expect(children.length).toBeGreaterThan(0);
});

test.describe("A2A topology overlay against the local platform and real agents", () => {
  test("draws lead → child edges live from the socket alone, lists their calls and travels back in time", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const org = new OrgScreenPage(page);
    const { topology } = org;
    await topology.open();
    const requests = org.traffic.since();

    const answered = platform.send(lead.id, "Plan the launch of the new pricing page for next Tuesday");
    for (const child of children) await expect(topology.edge(lead.id, child.id)).toBeVisible();
    // The task went to the platform from the test; the page learnt about it over its one socket.
    expect(requests()).toEqual([]);
    expect(org.traffic.sockets).toHaveLength(1);

    const child = children[0]!;
    // Labels stay quiet until someone looks: focusing the lead's card shows its edges' labels. (The
    // pointer works the same way; where the shared viewport puts the card is up to earlier tests.)
    await expect(topology.edge(lead.id, child.id)).toHaveAttribute("data-label-visible", "false");
    await org.card(lead.name).focus();
    await expect(topology.edge(lead.id, child.id)).toHaveAttribute("data-label-visible", "true");
    // A hidden label still takes keyboard focus, and shows itself when it has it.
    const label = topology.edgeLabel(lead.name, child.name);
    await label.focus();
    await expect(topology.edge(lead.id, child.id)).toHaveAttribute("data-label-visible", "true");
    await page.keyboard.press("Enter");
    const panel = topology.callsPanel(lead.name, child.name);
    await expect(panel.getByRole("listitem").first()).toContainText("Delegation");
    await expect(panel.getByRole("button", { name: `Open ${lead.name}’s activity` }).first()).toBeVisible();

    await topology.timeline().focus();
    await page.keyboard.press("Home");
    await expect(topology.timeline()).not.toHaveAttribute("aria-valuetext", "Live");
    await expect(topology.edges()).toHaveCount(0);
    await page.getByRole("button", { name: "Back to live" }).click();
    await expect(topology.edge(lead.id, child.id)).toBeVisible();

    expect((await answered).status).toBe(200);
  });

  test("folds a collapsed team's edges onto its card", async ({ page }) => {
    const team = children.find((c) => rows.some((r) => r.parent_id === c.id))!;
    const member = rows.find((r) => r.parent_id === team.id)!;
    const { topology } = new OrgScreenPage(page);
    await topology.open();

    await platform.delegate(lead.id, member.id, "Check the pricing numbers before the launch");
    await expect(topology.edge(lead.id, member.id)).toBeVisible();
    const teamEdge = topology.edge(lead.id, team.id);
    const before = (await teamEdge.count()) === 0 ? 0 : Number(await teamEdge.getAttribute("data-count"));

    try {
      await topology.collapseToggle(team.name).click();
      await expect(topology.edge(lead.id, member.id)).toHaveCount(0);
      await expect(topology.edge(team.id, member.id)).toHaveCount(0);
      await expect(teamEdge).toHaveAttribute("data-count", String(before + 1));
      await expect(topology.edgeLabel(lead.name, team.name)).toHaveAccessibleName(
        /includes calls inside a collapsed team/,
      );
    } finally {
      await platform.patch(team.id, { collapsed: false });
    }
  });

  // The real idle minute is the bench's (bench/idle-network.ts); here the page's own clock runs a
  // minute of its timers (ticks, debounces, any poll) in moments.
  test("makes no HTTP request while the canvas idles for a minute with the overlay on", async ({ page }) => {
    const org = new OrgScreenPage(page);
    await page.clock.install();
    await org.topology.open();
    const requests = org.traffic.since();

    await page.clock.runFor(60_000);
    await org.traffic.settle();
    expect(requests()).toEqual([]);
  });
});
