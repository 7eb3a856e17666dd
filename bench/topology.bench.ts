// Times the topology derivation on 10,000 calls against a 16.7 ms frame.
// Run alone: npx tsx bench/topology.bench.ts (npm run bench includes it).
import { pathToFileURL } from "node:url";
import type { TopologyCall } from "@/lib/topology/call";
import { EMPTY_CALL_LOG } from "@/lib/topology/call-log";
import { deriveEdges } from "@/lib/topology/derive-edges";
import { ingestSightings } from "@/lib/topology/ingest-sightings";
import type { CallSighting, Sighting } from "@/lib/topology/observations";
import { visibleAncestors } from "@/lib/topology/visible-ancestors";
import { median, percentile, type Figure } from "./stats";

const FRAME_MS = 1000 / 60;
const CALLS = 10_000;
const WORKSPACES = 200;
const HOUR = 3_600_000;
const now = Date.parse("2026-11-23T12:00:00Z");

const parentOf = new Map<string, string | null>();
for (let i = 0; i < WORKSPACES; i++) parentOf.set(`w${i}`, i === 0 ? null : `w${Math.floor((i - 1) / 4)}`);
const collapsed = new Set(["w3", "w7", "w12"]);

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = () => `w${Math.floor(random() * WORKSPACES)}`;
// Real traffic runs along the org chart (lead → member); one call in ten goes anywhere.
function pair(): [string, string] {
  if (random() < 0.1) return [pick(), pick()];
  const child = `w${1 + Math.floor(random() * (WORKSPACES - 1))}`;
  const parent = parentOf.get(child)!;
  return random() < 0.8 ? [parent, child] : [child, parent];
}

const sightings: CallSighting[] = Array.from({ length: CALLS }, (_, i): CallSighting => {
  const [sourceId, targetId] = pair();
  return {
    type: "call",
    origin: "row",
    rowId: `r${i}`,
    kind: "a2a",
    sourceId,
    targetId,
    endAt: now - Math.floor(random() * HOUR),
    durationMs: Math.floor(random() * 5000),
    status: random() < 0.05 ? "error" : "ok",
    method: "message/send",
    requestPreview: "task",
    responsePreview: "reply",
  };
});

type Timing = { label: string; p50: number; p95: number; runs: number };

function time(label: string, runs: number, fn: () => void): Timing {
  fn();
  const samples: number[] = [];
  // CPU time, not wall time: the machine is shared, and a descheduled run says nothing about the code.
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return { label, p50: median(samples), p95: percentile(samples, 95), runs };
}

/** Section 5: full recompute vs one live call, against a 16.7 ms frame. */
export function topologyFigures(): Figure[] {
  let calls: readonly TopologyCall[] = [];
  const ingest = time(`ingest ${CALLS} rows into a fresh log`, 20, () => {
    calls = ingestSightings(EMPTY_CALL_LOG, sightings).calls;
  });
  const shownAs = visibleAncestors(parentOf, collapsed);
  const full = time(`full recompute: deriveEdges over ${calls.length} calls (1 h)`, 200, () => {
    deriveEdges(calls, { now, windowMs: HOUR, parentOf, shownAs, showChats: true });
  });
  const travel = time("time-travel snapshot (5 min trail)", 200, () => {
    deriveEdges(calls, { now: now - HOUR / 2, windowMs: 5 * 60_000, parentOf, shownAs, showChats: true });
  });
  // Live events on top of a full log, one after another as they arrive: the per-event cost the canvas
  // pays (ingest, re-place, derive). Each on the log the one before left, so building it is not in the samples.
  const liveSamples: number[] = [];
  let log = ingestSightings(EMPTY_CALL_LOG, sightings);
  for (let i = 0; i < 200; i++) {
    const live: Sighting = { ...sightings[i]!, rowId: null, origin: "event", endAt: now - i };
    const start = process.cpuUsage();
    log = ingestSightings(log, [live]);
    deriveEdges(log.calls, { now, windowMs: HOUR, parentOf, shownAs, showChats: true });
    const used = process.cpuUsage(start);
    liveSamples.push((used.user + used.system) / 1000);
  }
  const live: Timing = {
    label: "incremental: one live call on a full log (ingest + derive)",
    p50: median(liveSamples),
    p95: percentile(liveSamples, 95),
    runs: liveSamples.length,
  };
  const section = "5 topology";
  return [ingest, full, travel, live].flatMap((t) => [
    { section, metric: `${t.label}, p50 CPU`, value: t.p50, unit: "ms", runs: t.runs },
    {
      section,
      metric: `${t.label}, p95 share of a 16.7 ms frame`,
      value: (t.p95 / FRAME_MS) * 100,
      unit: "%",
      runs: t.runs,
      // The backfill runs once per load; the others run per frame.
      ...(t === ingest ? {} : { target: { op: "max" as const, value: 100 } }),
    },
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of topologyFigures()) console.log(`${f.metric.padEnd(80)} ${f.value.toFixed(2)} ${f.unit}`);
}
