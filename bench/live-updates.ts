import type { Browser, Page } from "@playwright/test";
import { seedScale } from "../platform/src/demo/seed-scale";
import { startBenchPlatform, type BenchPlatform } from "./bench-platform";
import { CONTEXT, PAGE_PROBE, frameStats, startFrames, stopFrames } from "./browser";
import { PLATFORM_PORT } from "./canvas-server";
import { median, percentile, type Figure } from "./stats";

const STREAM_MS = 5000;
const TICK_MS = 10;

type StreamRun = { latencies: number[]; shown: number; sent: number; droppedPct: number };

/** Leaf cards currently in the DOM: the ones whose current task a status event visibly changes. */
export async function visibleLeaves(page: Page, p: BenchPlatform): Promise<string[]> {
  const rendered = (await page.evaluate(
    "[...document.querySelectorAll('.react-flow__node')].map((n) => n.getAttribute('data-id'))",
  )) as string[];
  const parents = await p.ctx.db.pg.query<{ parent_id: string }>(
    "SELECT DISTINCT parent_id FROM workspaces WHERE parent_id IS NOT NULL",
  );
  const teams = new Set(parents.rows.map((r) => r.parent_id));
  return rendered.filter((id) => !teams.has(id));
}

/**
 * Publishes TASK_UPDATED on the platform's own bus at `rate` per second for 5 s (a bounded loop),
 * round-robin over visible cards, each with a unique `bench-<n>` task; the page's MutationObserver
 * stamps when each text first reaches the DOM.
 */
async function stream(
  page: Page,
  p: BenchPlatform,
  ids: string[],
  rate: number,
  seq0: number,
): Promise<StreamRun> {
  const emitted = new Map<number, number>();
  const perTick = (rate * TICK_MS) / 1000;
  await startFrames(page);
  let seq = seq0;
  let owed = 0;
  const started = performance.now();
  while (performance.now() - started < STREAM_MS) {
    owed += perTick;
    for (; owed >= 1; owed -= 1) {
      const id = ids[seq % ids.length]!;
      emitted.set(seq, performance.timeOrigin + performance.now());
      void p.ctx.events.publish(p.ctx.defaultOrgId, "TASK_UPDATED", id, {
        current_task: `bench-${seq}`,
        active_tasks: 1,
      });
      seq += 1;
    }
    await new Promise((r) => setTimeout(r, TICK_MS));
  }
  await new Promise((r) => setTimeout(r, 1000));
  const frames = frameStats(await stopFrames(page));
  const seen = (await page.evaluate("window.__bench.seen")) as Record<string, number>;
  const latencies: number[] = [];
  for (const [s, at] of emitted) if (seen[s] !== undefined) latencies.push(seen[s] - at);
  return {
    latencies,
    shown: latencies.length,
    sent: emitted.size,
    droppedPct: frames.expected ? (frames.dropped / frames.expected) * 100 : 0,
  };
}

/** Section 3: event → DOM latency and dropped frames at 50 / 200 / 1,000 events/s into a 500-node org. */
export async function liveUpdateFigures(
  browser: Browser,
  canvasUrl: string,
  rates = [50, 200, 1000],
  runs = 3,
): Promise<Figure[]> {
  const p = await startBenchPlatform({}, PLATFORM_PORT);
  const context = await browser.newContext(CONTEXT);
  try {
    await seedScale(p.ctx.db.pg, p.ctx.defaultOrgId, 500);
    const page = await context.newPage();
    await page.addInitScript(PAGE_PROBE);
    await page.goto(canvasUrl);
    await page.waitForFunction("window.__bench.firstNodeAt !== null", undefined, { timeout: 60_000 });
    await new Promise((r) => setTimeout(r, 3000));
    const ids = (await visibleLeaves(page, p)).slice(0, 40);
    if (ids.length === 0) throw new Error("no leaf card rendered to receive live updates");
    await page.evaluate("window.__bench.watchText()");
    const figures: Figure[] = [];
    let seq = 0;
    for (const rate of rates) {
      const results: StreamRun[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await stream(page, p, ids, rate, seq);
        seq += r.sent;
        results.push(r);
      }
      const section = `3 live ${rate}/s`;
      const shownPct = median(results.map((r) => (r.shown / r.sent) * 100));
      figures.push(
        {
          section,
          metric: "event → DOM latency p50",
          value: median(results.map((r) => percentile(r.latencies, 50))),
          unit: "ms",
          runs,
        },
        {
          section,
          metric: "event → DOM latency p95",
          value: median(results.map((r) => percentile(r.latencies, 95))),
          unit: "ms",
          runs,
          ...(rate === 200 ? { target: { op: "max" as const, value: 50 } } : {}),
        },
        {
          section,
          metric: "dropped frames",
          value: median(results.map((r) => r.droppedPct)),
          unit: "%",
          runs,
        },
        {
          section,
          metric: "events whose text reached the DOM",
          value: shownPct,
          unit: "%",
          runs,
          note: `${ids.length} cards; the rest were superseded on the same card within a frame`,
        },
      );
    }
    return figures;
  } finally {
    await context.close();
    await p.stop();
  }
}
