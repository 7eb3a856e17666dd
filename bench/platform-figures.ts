import { Worker } from "node:worker_threads";
import { seedScale } from "../platform/src/demo/seed-scale";
import { startBenchPlatform, type BenchPlatform } from "./bench-platform";
import { median, percentile, type Figure } from "./stats";

const WORKER = new URL("./load-worker.mjs", import.meta.url);
const ORIGIN = "http://localhost:3100";
const JSON_HEADERS = { "content-type": "application/json" };

function runWorker<T>(data: object, onMessage?: (msg: { type: string; round?: number }) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: data });
    worker.on("message", (msg: { type: string; result?: T }) => {
      if (msg.type === "result") resolve(msg.result as T);
      else onMessage?.(msg);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => code !== 0 && reject(new Error(`load worker exited ${code}`)));
  });
}

/** Requests per second on `GET /workspaces` with 1,000 rows: 8 keep-alive clients, 5 s per run. */
async function listThroughput(p: BenchPlatform, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await runWorker<{ ok: number; failed: number; seconds: number }>({
      kind: "get",
      url: `${p.url}/workspaces`,
      concurrency: 8,
      durationMs: 5000,
      maxRequests: 50_000,
    });
    if (r.failed > 0) throw new Error(`${r.failed} GET /workspaces failed during the throughput run`);
    out.push(r.ok / r.seconds);
  }
  return out;
}

/** Publish → last of 200 sockets received, per round. */
async function fanOut(p: BenchPlatform, rounds: number): Promise<number[]> {
  const id = (await p.ctx.db.pg.query<{ id: string }>("SELECT id FROM workspaces LIMIT 1")).rows[0]!.id;
  const publishedAt: number[] = [];
  const lastAt = await runWorker<(number | null)[]>(
    {
      kind: "sockets",
      url: `${p.url.replace("http", "ws")}/ws`,
      origin: ORIGIN,
      count: 200,
      rounds,
      marker: "fanout-",
    },
    (msg) => {
      if (msg.type !== "publish" || msg.round === undefined) return;
      publishedAt[msg.round] = performance.timeOrigin + performance.now();
      void p.ctx.events.publish(p.ctx.defaultOrgId, "TASK_UPDATED", id, {
        current_task: `fanout-${msg.round}`,
        active_tasks: 1,
      });
    },
  );
  return lastAt.flatMap((at, i) => (at === null ? [] : [at - publishedAt[i]!]));
}

type Frame = { event: string; workspace_id: string };

/** Create → WORKSPACE_ONLINE for real local agents, then direct vs proxied A2A round trips. */
async function agentFigures(runs: number) {
  const p = await startBenchPlatform({ MOLECULE_PROVISIONER: "local", MOLECULE_AGENT_WORK_MS: "0" });
  const { default: WebSocket } = await import("ws");
  const ws = new WebSocket(`${p.url.replace("http", "ws")}/ws`, { headers: { origin: ORIGIN } });
  const online = new Map<string, number>();
  ws.on("message", (d) => {
    const f = JSON.parse(String(d)) as Frame;
    if (f.event === "WORKSPACE_ONLINE") online.set(f.workspace_id, performance.now());
  });
  await new Promise((r) => ws.once("open", r));
  const post = (route: string, body: unknown) =>
    fetch(p.url + route, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) });
  const createMs: number[] = [];
  const ids: string[] = [];
  // The first create also bundles the agent runtime; it is reported apart from the warm ones.
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const { id } = (await (
      await post("/workspaces", { name: `Bench agent ${i}`, runtime: "langgraph" })
    ).json()) as {
      id: string;
    };
    const deadline = Date.now() + 30_000;
    while (!online.has(id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    if (!online.has(id)) throw new Error(`workspace ${id} did not come online within 30 s`);
    createMs.push(online.get(id)! - started);
    ids.push(id);
  }
  const id = ids[0]!;
  const row = (await (await fetch(`${p.url}/workspaces/${id}`)).json()) as { url: string };
  const message = (i: number) => ({
    jsonrpc: "2.0",
    id: i,
    method: "message/send",
    params: { message: { role: "user", messageId: `bench-${i}`, parts: [{ kind: "text", text: "ping" }] } },
  });
  const direct: number[] = [];
  const proxied: number[] = [];
  const time = async (fn: () => Promise<Response>) => {
    const t = performance.now();
    const res = await fn();
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`A2A call answered ${res.status}`);
    return performance.now() - t;
  };
  // Interleaved pairs, so both sides see the same machine load.
  for (let i = 0; i < 60; i++) {
    const d = await time(() =>
      fetch(row.url, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(message(i)) }),
    );
    const q = await time(() => post(`/workspaces/${id}/a2a`, message(i)));
    if (i >= 10) {
      direct.push(d);
      proxied.push(q);
    }
  }
  ws.close();
  await p.stop();
  return { createMs, direct, proxied };
}

/** Section 6: the platform's own figures. */
export async function platformFigures(runs = 3): Promise<Figure[]> {
  const p = await startBenchPlatform();
  await seedScale(p.ctx.db.pg, p.ctx.defaultOrgId, 1000);
  const rps = await listThroughput(p, runs);
  const fan = await fanOut(p, 20);
  await p.stop();
  const agents = await agentFigures(runs + 2);
  const overhead = agents.proxied.map((q, i) => q - agents.direct[i]!);
  const section = "6 platform";
  return [
    {
      section,
      metric: "create → online, first agent (bundles the runtime)",
      value: agents.createMs[0]!,
      unit: "ms",
      runs: 1,
    },
    {
      section,
      metric: "create → online, local agent",
      value: median(agents.createMs.slice(1)),
      unit: "ms",
      runs: agents.createMs.length - 1,
      target: { op: "max", value: 2000 },
    },
    {
      section,
      metric: "A2A round trip direct, p50",
      value: median(agents.direct),
      unit: "ms",
      runs: agents.direct.length,
    },
    {
      section,
      metric: "A2A round trip via proxy, p50",
      value: median(agents.proxied),
      unit: "ms",
      runs: agents.proxied.length,
    },
    {
      section,
      metric: "proxy overhead p50 (paired proxy − direct)",
      value: median(overhead),
      unit: "ms",
      runs: overhead.length,
      target: { op: "max", value: 5 },
    },
    {
      section,
      metric: "proxy / direct ratio (p50s)",
      value: median(agents.proxied) / median(agents.direct),
      unit: "×",
      runs: overhead.length,
    },
    {
      section,
      metric: "WebSocket fan-out of 1 event to 200 sockets, p50",
      value: median(fan),
      unit: "ms",
      runs: fan.length,
    },
    {
      section,
      metric: "WebSocket fan-out to 200 sockets, p95",
      value: percentile(fan, 95),
      unit: "ms",
      runs: fan.length,
    },
    { section, metric: "GET /workspaces (1,000 rows) throughput", value: median(rps), unit: "req/s", runs },
  ];
}
