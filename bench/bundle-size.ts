import fs from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Figure } from "./stats";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

/**
 * Section 1: first-load JS per route, from the build's own per-route chunk list
 * (`.next/diagnostics/route-bundle-stats.json`), gzipped here chunk by chunk as a browser receives it.
 */
export async function bundleFigures(root: string, distDir = ".next"): Promise<Figure[]> {
  const file = path.join(root, distDir, "diagnostics", "route-bundle-stats.json");
  const routes = JSON.parse(await fs.readFile(file, "utf8")) as RouteStats[];
  const figures: Figure[] = [];
  for (const r of routes) {
    let gzip = 0;
    for (const chunk of r.firstLoadChunkPaths) {
      gzip += gzipSync(await fs.readFile(path.join(root, chunk)), { level: 9 }).length;
    }
    figures.push({
      section: "1 bundle",
      metric: `first-load JS \`${r.route}\` (gzip)`,
      value: gzip / 1024,
      unit: "kB",
      runs: 1,
      ...(r.route === "/" ? { target: { op: "max" as const, value: 200 } } : {}),
      note: `${(r.firstLoadUncompressedJsBytes / 1024).toFixed(0)} kB uncompressed, ${r.firstLoadChunkPaths.length} chunks`,
    });
  }
  return figures;
}
