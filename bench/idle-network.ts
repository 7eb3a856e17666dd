import type { Browser } from "@playwright/test";
import { seedScale } from "../platform/src/demo/seed-scale";
import { startBenchPlatform } from "./bench-platform";
import { CONTEXT } from "./browser";
import { PLATFORM_PORT } from "./canvas-server";
import type { Figure } from "./stats";

/** Every overlay the canvas persists, switched on before the page loads. */
const OVERLAYS_ON = `localStorage.setItem("molecule-topology", JSON.stringify({
  state: { isOn: true, windowMs: 3600000, showChats: true, isFocusMode: false }, version: 0 }));`;

/** Section 4: HTTP requests the page makes over `idleMs` of idling with 100 workspaces (the socket excluded). */
export async function idleNetworkFigures(
  browser: Browser,
  canvasUrl: string,
  idleMs = 60_000,
): Promise<Figure[]> {
  const p = await startBenchPlatform({}, PLATFORM_PORT);
  const context = await browser.newContext(CONTEXT);
  try {
    await seedScale(p.ctx.db.pg, p.ctx.defaultOrgId, 100);
    const page = await context.newPage();
    await page.addInitScript(OVERLAYS_ON);
    await page.goto(canvasUrl);
    await page.locator(".react-flow__node").first().waitFor({ timeout: 60_000 });
    // Let the load's own requests (list, topology backfill, templates) finish before counting.
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(2000);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
    await page.waitForTimeout(idleMs);
    const kinds = [...new Set(requests)].slice(0, 5).join(", ");
    return [
      {
        section: "4 idle network",
        metric: `HTTP requests in ${idleMs / 1000} s idle (100 workspaces, overlays on)`,
        value: requests.length,
        unit: "",
        runs: 1,
        target: { op: "max", value: 0 },
        ...(kinds ? { note: kinds } : {}),
      },
    ];
  } finally {
    await context.close();
    await p.stop();
  }
}
