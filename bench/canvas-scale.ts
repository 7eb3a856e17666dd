import type { Browser, Page } from "@playwright/test";
import { seedScale } from "../platform/src/demo/seed-scale";
import { startBenchPlatform } from "./bench-platform";
import { CONTEXT, PAGE_PROBE, frameStats, startFrames, stopFrames } from "./browser";
import { PLATFORM_PORT } from "./canvas-server";
import { median, type Figure } from "./stats";

type LoadRun = {
  firstNodeMs: number;
  interactiveMs: number;
  panFps: number | null;
  zoomFps: number;
  heapMb: number;
  errors: string[];
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for the first card, then for 1 s without a long task; interactive = the last long task's end. */
async function waitForLoad(page: Page): Promise<{ firstNodeMs: number; interactiveMs: number }> {
  await page.waitForFunction("window.__bench.firstNodeAt !== null", undefined, { timeout: 120_000 });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const s = (await page.evaluate(
      "({ first: window.__bench.firstNodeAt, last: Math.max(0, ...window.__bench.longTasks), now: performance.now() })",
    )) as { first: number; last: number; now: number };
    if (s.now - Math.max(s.first, s.last) > 1000 || Date.now() > deadline) {
      return { firstNodeMs: s.first, interactiveMs: Math.max(s.first, s.last) };
    }
    await sleep(200);
  }
}

/** A point where the empty pane (no card) is on top, so a drag pans instead of moving a card. */
const EMPTY_POINT = `(() => {
  const pane = document.querySelector(".react-flow__pane");
  if (!pane) return null;
  const r = pane.getBoundingClientRect();
  for (let fy = 0.1; fy < 0.95; fy += 0.05)
    for (let fx = 0.1; fx < 0.95; fx += 0.05) {
      const x = r.left + r.width * fx, y = r.top + r.height * fy;
      if (document.elementFromPoint(x, y) === pane) return { x, y };
    }
  return null;
})()`;
const VIEWPORT = `document.querySelector(".react-flow__viewport")?.style.transform ?? ""`;

/** Drags the empty pane back and forth for ~2.5 s while sampling frames; null when it did not pan. */
async function pan(page: Page): Promise<number | null> {
  const at = (await page.evaluate(EMPTY_POINT)) as { x: number; y: number } | null;
  if (!at) throw new Error("no empty spot on the pane to pan from");
  const before = await page.evaluate(VIEWPORT);
  await page.mouse.move(at.x, at.y);
  await startFrames(page);
  await page.mouse.down();
  const until = Date.now() + 2500;
  for (let i = 0; Date.now() < until; i++) {
    const dx = ((i % 40) - 20) * 12;
    await page.mouse.move(at.x + dx, at.y + dx / 2);
  }
  await page.mouse.move(at.x + 37, at.y + 23);
  await page.mouse.up();
  const fps = frameStats(await stopFrames(page)).fps;
  return (await page.evaluate(VIEWPORT)) === before ? null : fps;
}

/** Wheels in and out over the pane for ~2 s while sampling frames. */
async function zoom(page: Page): Promise<number> {
  const box = (await page.locator(".react-flow__pane").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await startFrames(page);
  const until = Date.now() + 2000;
  for (let i = 0; Date.now() < until; i++) {
    await page.mouse.wheel(0, i % 20 < 10 ? 60 : -60);
    await sleep(8);
  }
  return frameStats(await stopFrames(page)).fps;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function oneLoad(browser: Browser, url: string): Promise<LoadRun> {
  const context = await browser.newContext(CONTEXT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Failed loads by URL (the console's own line for them names no URL).
  page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  await page.addInitScript(PAGE_PROBE);
  await page.goto(url);
  const load = await waitForLoad(page);
  const heap = await heapMb(page);
  const panFps = await pan(page);
  const zoomFps = await zoom(page);
  await context.close();
  return { ...load, panFps, zoomFps, heapMb: heap, errors };
}

/** Section 2: the canvas at 100 / 500 / 1,000 / 2,000 seeded workspaces, `runs` fresh loads each. */
export async function canvasScaleFigures(
  browser: Browser,
  canvasUrl: string,
  sizes = [100, 500, 1000, 2000],
  runs = 3,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of sizes) {
    const p = await startBenchPlatform({}, PLATFORM_PORT);
    try {
      await seedScale(p.ctx.db.pg, p.ctx.defaultOrgId, n);
      const results: LoadRun[] = [];
      for (let i = 0; i < runs; i++) results.push(await oneLoad(browser, canvasUrl));
      const m = (f: (r: LoadRun) => number) => median(results.map(f));
      const panned = results.flatMap((r) => (r.panFps === null ? [] : [r.panFps]));
      const section = `2 canvas ${n.toLocaleString("en")}`;
      const errors = results.flatMap((r) => r.errors);
      figures.push(
        { section, metric: "time to first node paint", value: m((r) => r.firstNodeMs), unit: "ms", runs },
        {
          section,
          metric: "time to interactive (no long task for 1 s)",
          value: m((r) => r.interactiveMs),
          unit: "ms",
          runs,
        },
        {
          section,
          metric: "pan frame rate",
          value: median(panned),
          unit: "fps",
          runs: panned.length,
          ...(panned.length < runs
            ? { note: `${runs - panned.length} run(s) did not move the viewport` }
            : {}),
          ...(n === 2000 ? { target: { op: "min" as const, value: 50 } } : {}),
        },
        { section, metric: "zoom frame rate", value: m((r) => r.zoomFps), unit: "fps", runs },
        { section, metric: "JS heap after load (after GC)", value: m((r) => r.heapMb), unit: "MB", runs },
        {
          section,
          metric: "page errors (all runs)",
          value: errors.length,
          unit: "",
          runs,
          target: { op: "max", value: 0 },
          ...(errors[0] ? { note: errors[0].slice(0, 120) } : {}),
        },
      );
    } finally {
      await p.stop();
    }
  }
  return figures;
}
