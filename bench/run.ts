// npm run bench: builds the canvas, runs every benchmark against real servers on loopback, prints the
// table and writes bench/results/latest.{json,md}. BENCH_ONLY=bundle,canvas,... runs a subset;
// BENCH_QUICK=1 does one run per figure (for trying the harness, not for results).
import { execSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { launchBrowser } from "./browser";
import { bundleFigures } from "./bundle-size";
import { canvasScaleFigures } from "./canvas-scale";
import { buildCanvas, startCanvas } from "./canvas-server";
import { changeToScreenFigures } from "./change-to-screen";
import { idleNetworkFigures } from "./idle-network";
import { liveUpdateFigures } from "./live-updates";
import { platformFigures } from "./platform-figures";
import { markdownTable } from "./report";
import type { Figure } from "./stats";
import { topologyFigures } from "./topology.bench";

const ROOT = path.resolve(import.meta.dirname, "..");
const only = new Set((process.env.BENCH_ONLY ?? "").split(",").filter(Boolean));
const wants = (name: string) => only.size === 0 || only.has(name);
const quick = process.env.BENCH_QUICK === "1";
const runs = quick ? 1 : 3;

const started = Date.now();
const figures: Figure[] = [];
const log = (msg: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${msg}`);

const needsCanvas = ["bundle", "canvas", "live", "change", "idle"].some(wants);
const build = needsCanvas ? (log("building the canvas"), await buildCanvas(ROOT)) : null;
try {
  if (build)
    figures.push({ section: "0 build", metric: "next build", value: build.seconds, unit: "s", runs: 1 });
  if (wants("bundle")) figures.push(...(await bundleFigures(ROOT)));
  if (["canvas", "live", "change", "idle"].some(wants)) {
    const canvas = await startCanvas(ROOT);
    const browser = await launchBrowser();
    try {
      if (wants("canvas")) {
        log("canvas at scale");
        figures.push(...(await canvasScaleFigures(browser, canvas.url, [100, 500, 1000, 2000], runs)));
      }
      if (wants("live")) {
        log("live updates");
        figures.push(...(await liveUpdateFigures(browser, canvas.url, [50, 200, 1000], runs)));
      }
      if (wants("change")) {
        log("change to screen");
        figures.push(...(await changeToScreenFigures(browser, canvas.url, quick ? 5 : 20)));
      }
      if (wants("idle")) {
        log("idle network");
        figures.push(...(await idleNetworkFigures(browser, canvas.url, quick ? 10_000 : 60_000)));
      }
    } finally {
      await browser.close();
      await canvas.stop();
    }
  }
} finally {
  await build?.restore();
}
if (wants("topology")) {
  log("topology derivation");
  figures.push(...topologyFigures());
}
if (wants("platform")) {
  log("platform");
  figures.push(...(await platformFigures(runs)));
}

const commit = execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim();
const meta = {
  commit,
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  seconds: Math.round((Date.now() - started) / 1000),
  quick,
};
const header = `Bench of ${meta.commit} on ${meta.date.slice(0, 16)}Z (${meta.machine}); medians of ${runs} run(s) unless the runs column says otherwise; took ${meta.seconds} s.`;
const table = markdownTable(figures, header);
const dir = path.join(ROOT, "bench", "results");
await fs.mkdir(dir, { recursive: true });
await fs.writeFile(path.join(dir, "latest.json"), `${JSON.stringify({ ...meta, figures }, null, 2)}\n`);
await fs.writeFile(path.join(dir, "latest.md"), table);
console.log(`\n${table}`);
process.exit(0);
