// Load generator in its own thread, so its event loop does not share time with the platform's.
// Jobs: "get" (bounded closed-loop GETs) and "sockets" (N WebSocket clients timing one marked frame).
import { parentPort, workerData } from "node:worker_threads";
import WebSocket from "ws";

const job = workerData;

async function getLoad({ url, concurrency, durationMs, maxRequests }) {
  let sent = 0;
  let ok = 0;
  let failed = 0;
  const deadline = performance.now() + durationMs;
  const started = performance.now();
  const loop = async () => {
    while (performance.now() < deadline && sent < maxRequests) {
      sent += 1;
      const res = await fetch(url).catch(() => null);
      if (res && res.ok) {
        await res.arrayBuffer();
        ok += 1;
      } else {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { ok, failed, seconds: (performance.now() - started) / 1000 };
}

async function sockets({ url, count, rounds, marker }) {
  const clients = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const ws = new WebSocket(url, { headers: { origin: job.origin } });
          ws.once("open", () => resolve(ws));
          ws.once("error", reject);
        }),
    ),
  );
  let round = null;
  for (const ws of clients) {
    ws.on("message", (data) => {
      const text = String(data);
      if (!round || !text.includes(marker)) return;
      round.got += 1;
      if (round.got === count) round.done(performance.timeOrigin + performance.now());
    });
  }
  parentPort.postMessage({ type: "ready" });
  const results = [];
  for (let i = 0; i < rounds; i++) {
    const lastAt = await new Promise((resolve) => {
      round = { got: 0, done: resolve };
      parentPort.postMessage({ type: "publish", round: i });
      setTimeout(() => resolve(null), 5000);
    });
    results.push(lastAt);
  }
  for (const ws of clients) ws.close();
  return results;
}

const result = job.kind === "get" ? await getLoad(job) : await sockets(job);
parentPort.postMessage({ type: "result", result });
