import { describe, expect, it } from "vitest";
import type { TopologyCall } from "./call";
import { callsOnEdge } from "./calls-on-edge";
import { deriveEdges, USER_NODE_ID, type DeriveOptions } from "./derive-edges";
import { visibleAncestors } from "./visible-ancestors";

// lead ─┬─ research ─┬─ priya
//       │            └─ lena
//       └─ eng ── ravi
const parentOf = new Map<string, string | null>([
  ["lead", null],
  ["research", "lead"],
  ["priya", "research"],
  ["lena", "research"],
  ["eng", "lead"],
  ["ravi", "eng"],
]);
const HOUR = 3_600_000;
const NOW = 10 * HOUR;

let seq = 0;
function call(
  sourceId: string | null,
  targetId: string,
  at: number,
  fields: Partial<TopologyCall> = {},
): TopologyCall {
  seq += 1;
  return {
    key: `k${String(seq).padStart(4, "0")}`,
    kind: sourceId === null ? "chat" : "a2a",
    sourceId,
    targetId,
    at,
    durationMs: 100,
    outcome: "ok",
    status: "ok",
    method: "message/send",
    requestPreview: "",
    responsePreview: "",
    ownerId: targetId,
    ...fields,
  };
}
const sorted = (calls: TopologyCall[]) => [...calls].sort((a, b) => a.at - b.at);
const opts = (fields: Partial<DeriveOptions> = {}): DeriveOptions => ({
  now: NOW,
  windowMs: HOUR,
  parentOf,
  showChats: false,
  ...fields,
});

describe("deriveEdges", () => {
  it("aggregates calls per directed pair and keeps the two directions apart", () => {
    const edges = deriveEdges(
      sorted([
        call("lead", "research", NOW - 3000),
        call("lead", "research", NOW - 2000),
        call("research", "lead", NOW - 1000),
      ]),
      opts(),
    );
    expect(edges.map((e) => [e.source, e.target, e.count])).toEqual([
      ["lead", "research", 2],
      ["research", "lead", 1],
    ]);
  });

  it("counts a call at the window's end and drops one exactly at its start", () => {
    const edges = deriveEdges(
      sorted([call("lead", "eng", NOW - HOUR), call("lead", "eng", NOW), call("lead", "eng", NOW + 1)]),
      opts(),
    );
    expect(edges[0]!.count).toBe(1);
  });

  it("labels count and recency, and is hot only while the last call is recent", () => {
    const [recent] = deriveEdges([call("lead", "eng", NOW - 30_000)], opts());
    expect(recent).toMatchObject({ label: "1 call · last just now", isHot: true });
    const [old] = deriveEdges(
      [call("lead", "eng", NOW - 5 * 60_000), call("lead", "eng", NOW - 2 * 60_000 - 1)],
      opts(),
    );
    expect(old).toMatchObject({ label: "2 calls · last 2 min ago", isHot: false });
  });

  it("counts errors and takes the median latency", () => {
    const [edge] = deriveEdges(
      sorted([
        call("lead", "eng", NOW - 4000, { durationMs: 900, outcome: "error", status: "failed" }),
        call("lead", "eng", NOW - 3000, { durationMs: 100 }),
        call("lead", "eng", NOW - 2000, { durationMs: 300 }),
        call("lead", "eng", NOW - 1000, { durationMs: null, outcome: "pending" }),
      ]),
      opts(),
    );
    expect(edge).toMatchObject({ count: 4, errorCount: 1, p50Ms: 300 });
  });

  it("folds a collapsed team's members onto its card and drops calls inside it", () => {
    const shownAs = visibleAncestors(parentOf, new Set(["research"]));
    const edges = deriveEdges(
      sorted([
        call("lead", "priya", NOW - 3000),
        call("lead", "lena", NOW - 2000),
        call("research", "priya", NOW - 1000),
      ]),
      opts({ shownAs }),
    );
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: "lead", target: "research", count: 2, isFolded: true });
  });

  it("folds onto the outermost collapsed team when teams nest", () => {
    const shownAs = visibleAncestors(parentOf, new Set(["lead", "research"]));
    expect(deriveEdges([call("eng", "priya", NOW - 1000)], opts({ shownAs }))).toEqual([]);
  });

  it("flags calls the hierarchy rule forbids, even when folded", () => {
    const [cousins] = deriveEdges([call("priya", "ravi", NOW - 1000)], opts());
    expect(cousins!.forbiddenCount).toBe(1);
    const [allowed] = deriveEdges([call("priya", "lead", NOW - 1000)], opts());
    expect(allowed!.forbiddenCount).toBe(0);
  });

  it("draws the user's chats only when asked", () => {
    const calls = [call(null, "lead", NOW - 1000)];
    expect(deriveEdges(calls, opts())).toEqual([]);
    expect(deriveEdges(calls, opts({ showChats: true }))[0]).toMatchObject({
      source: USER_NODE_ID,
      target: "lead",
    });
  });

  it("skips calls that involve a workspace the org no longer has", () => {
    expect(deriveEdges([call("lead", "gone", NOW - 1000)], opts())).toEqual([]);
  });

  it("shows the network as it was at a past moment", () => {
    const calls = sorted([
      call("lead", "research", NOW - 50 * 60_000),
      call("lead", "eng", NOW - 10 * 60_000),
    ]);
    const trail = 5 * 60_000;
    expect(deriveEdges(calls, opts({ now: NOW - 55 * 60_000, windowMs: trail }))).toEqual([]);
    expect(
      deriveEdges(calls, opts({ now: NOW - 48 * 60_000, windowMs: trail })).map((e) => e.target),
    ).toEqual(["research"]);
    expect(deriveEdges(calls, opts({ now: NOW - 9 * 60_000, windowMs: trail })).map((e) => e.target)).toEqual(
      ["eng"],
    );
  });

  it("marks the newest call so the edge animates once per call", () => {
    const calls = sorted([call("lead", "eng", NOW - 2000), call("lead", "eng", NOW - 1000)]);
    expect(deriveEdges(calls, opts())[0]!.lastKey).toBe(calls[1]!.key);
  });
});

describe("callsOnEdge", () => {
  it("lists the folded calls behind an edge, newest first", () => {
    const shownAs = visibleAncestors(parentOf, new Set(["research"]));
    const calls = sorted([
      call("lead", "priya", NOW - 3000),
      call("lead", "eng", NOW - 2500),
      call("lead", "lena", NOW - 2000),
    ]);
    const found = callsOnEdge(
      calls,
      { source: "lead", target: "research" },
      { now: NOW, windowMs: HOUR, parentOf, shownAs },
    );
    expect(found.map((c) => c.targetId)).toEqual(["lena", "priya"]);
  });
});
