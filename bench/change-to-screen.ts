import type { Browser, Page } from "@playwright/test";
import { seedScale } from "../platform/src/demo/seed-scale";
import { startBenchPlatform, type BenchPlatform } from "./bench-platform";
import { CONTEXT } from "./browser";
import { PLATFORM_PORT } from "./canvas-server";
import { visibleLeaves } from "./live-updates";
import { percentile, type Figure } from "./stats";

/** Past this a change counts as not shown (the figure's target is far below it). */
const GIVE_UP_MS = 10_000;

/**
 * Page-side: arms `window.__shownAt`, which resolves with the page's epoch clock once `shown` (a JS
 * expression over the DOM) first holds, or with null after {@link GIVE_UP_MS}.
 */
const arm = (shown: string) => `(() => {
  window.__shownAt = new Promise((resolve) => {
    const done = (at) => { observer.disconnect(); clearTimeout(timer); resolve(at); };
    const observer = new MutationObserver(() => {
      if (${shown}) done(performance.timeOrigin + performance.now());
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => done(null), ${GIVE_UP_MS});
  });
})()`;

/** Milliseconds from sending `change` to the platform until `shown` holds on the page (null: never). */
async function changeToScreen(page: Page, shown: string, change: () => Promise<Response>) {
  await page.evaluate(arm(shown));
  const sentAt = performance.timeOrigin + performance.now();
  const res = await change();
  if (!res.ok) throw new Error(`the change was refused: HTTP ${res.status} ${await res.text()}`);
  const shownAt = (await page.evaluate("window.__shownAt")) as number | null;
  return shownAt === null ? null : shownAt - sentAt;
}

const post = (p: BenchPlatform, path: string, body: unknown = {}) =>
  fetch(`${p.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** p50 and p95 of the shown changes, the p95 read against `target`, and how many never showed. */
function latencyFigures(what: string, samples: (number | null)[], target?: number): Figure[] {
  const shown = samples.filter((s): s is number => s !== null);
  const missed = samples.length - shown.length;
  const note = missed ? `${missed} of ${samples.length} not shown within ${GIVE_UP_MS / 1000} s` : undefined;
  const base = { section: "3 change → screen", unit: "ms", runs: samples.length, ...(note ? { note } : {}) };
  return [
    { ...base, metric: `${what}, p50`, value: percentile(shown, 50) },
    {
      ...base,
      metric: `${what}, p95`,
      value: missed ? Number.NaN : percentile(shown, 95),
      ...(target ? { target: { op: "max" as const, value: target } } : {}),
    },
  ];
}

/**
 * Section 3: how long a change someone makes on the platform over HTTP takes to reach the screen
 * (route, database, event bus, socket, cache, render), one change at a time in a 100-workspace org.
 * A status change is what the org chart promises within 2 s.
 */
export async function changeToScreenFigures(browser: Browser, canvasUrl: string, samples = 20) {
  const p = await startBenchPlatform({}, PLATFORM_PORT);
  const context = await browser.newContext(CONTEXT);
  try {
    await seedScale(p.ctx.db.pg, p.ctx.defaultOrgId, 100);
    const page = await context.newPage();
    await page.goto(canvasUrl);
    await page.locator(".react-flow__node").first().waitFor({ timeout: 60_000 });
    // Let the load's own requests and layout finish, so each change is all the page is doing.
    await page.waitForLoadState("networkidle");
    const ids = (await visibleLeaves(page, p)).slice(0, samples);
    if (ids.length < samples) throw new Error(`only ${ids.length} leaf cards rendered; need ${samples}`);

    const paused: (number | null)[] = [];
    for (const id of ids) {
      const card = `document.querySelector('.react-flow__node[data-id="${id}"]')`;
      paused.push(
        await changeToScreen(page, `${card}?.textContent?.includes("Paused")`, () =>
          post(p, `/workspaces/${id}/pause`),
        ),
      );
    }
    const asked: (number | null)[] = [];
    for (const [i, id] of ids.entries()) {
      const inboxCounts = `[...document.querySelectorAll("button")].some((b) => b.textContent === "Approvals${i + 1}")`;
      asked.push(
        await changeToScreen(page, inboxCounts, () =>
          post(p, `/workspaces/${id}/approvals`, { action: `bench approval ${i}` }),
        ),
      );
    }
    return [
      ...latencyFigures("workspace paused → its card says so", paused, 2000),
      ...latencyFigures("approval requested → the inbox counts it", asked),
    ];
  } finally {
    await context.close();
    await p.stop();
  }
}
