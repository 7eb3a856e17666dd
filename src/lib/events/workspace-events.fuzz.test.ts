import fc from "fast-check";
import { KNOWN_EVENT_NAMES, parseEventFrame, type PlatformEvent, type WorkspaceRow } from "@/lib/contract";
import { buildTree } from "@/lib/graph/build-tree";
import { toFlowNodes } from "@/lib/graph/to-flow-nodes";
import { HOSTILE_STRINGS } from "@/test/hostile-corpus";
import { PENDING_IDS } from "./reduce-workspaces";
import { createWorkspaceEventTracker } from "./workspace-event-tracker";

// A small id pool so random events keep hitting the same rows, parents and removals.
const IDS = ["a", "b", "c", "d", "e", "f", "g", "h"];
const id = fc.constantFrom(...IDS, "ghost", "");
const text = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_STRINGS));
const base = Date.parse("2026-11-23T12:00:00Z");
const timestamp = fc.oneof(
  fc.integer({ min: -5_000, max: 5_000 }).map((ms) => new Date(base + ms).toISOString()),
  fc.constantFrom("not a time", "", "2026-13-45T99:99:99Z"),
);
const status = fc.constantFrom(
  "online",
  "offline",
  "provisioning",
  "degraded",
  "failed",
  "paused",
  "removed",
  "??",
);

const row = fc.record({
  id: fc.constantFrom(...IDS),
  name: text,
  role: fc.option(text),
  tier: fc.integer({ min: -1, max: 5 }),
  status,
  url: text,
  parent_id: fc.option(id),
  x: fc.double({ noNaN: true, noDefaultInfinity: true }),
  y: fc.integer(),
  collapsed: fc.boolean(),
  agent_card: fc.oneof(
    fc.constant(null),
    fc.record({ name: text, skills: fc.array(fc.record({ id: text })) }),
  ),
  current_task: text,
});

/** A payload that fits its event type often and is junk the rest of the time. */
const payload = fc.oneof(
  row,
  fc.record({ name: text, parent_id: fc.option(id), x: fc.integer(), y: fc.integer() }),
  fc.record({ current_task: text, active_tasks: fc.integer() }),
  fc.record({ active_tasks: fc.integer(), uptime_seconds: fc.integer() }),
  fc.record({ cascade_deleted: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ error_rate: fc.double(), sample_error: text }),
  fc.dictionary(fc.string(), fc.jsonValue()),
);

/** Envelopes of known and unknown types, and frames that are not envelopes at all. */
const frame = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      event: fc.constantFrom(...KNOWN_EVENT_NAMES),
      workspace_id: id,
      timestamp,
      payload,
    }),
  },
  { weight: 1, arbitrary: fc.record({ event: text, workspace_id: id, timestamp, payload }) },
  { weight: 1, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.string().map((s) => `{"event":${s}`) },
);

const initialRows = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: IDS.length });

function parseRows(rows: unknown[]): WorkspaceRow[] {
  return rows.flatMap((r) => {
    const parsed = parseEventFrame({
      event: "WORKSPACE_UPDATED",
      workspace_id: "x",
      timestamp: new Date(base).toISOString(),
      payload: r,
    });
    return parsed.kind === "event" && parsed.event.event === "WORKSPACE_UPDATED"
      ? [parsed.event.payload]
      : [];
  });
}

function checkInvariants(rows: readonly WorkspaceRow[]) {
  const ids = rows.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  const tree = buildTree(rows);
  for (const [child, parent] of tree.parentOf) {
    if (parent !== null) expect(ids).toContain(parent);
    expect(ids).toContain(child);
  }
  expect(tree.order).toHaveLength(rows.length);
  const nodes = toFlowNodes(rows);
  const seen = new Set<string>();
  for (const node of nodes) {
    // React Flow requires a nested node's parent to come before it.
    if (node.parentId !== undefined) expect(seen.has(node.parentId)).toBe(true);
    seen.add(node.id);
  }
}

describe("workspace event reducer under random and malformed events", () => {
  it("never throws and keeps ids unique, parents resolvable and the buffer bounded over 12,000 frames", () => {
    let frames = 0;
    fc.assert(
      fc.property(initialRows, fc.array(frame, { minLength: 120, maxLength: 120 }), (seedRows, batch) => {
        const tracker = createWorkspaceEventTracker();
        let rows: WorkspaceRow[] | undefined = parseRows(seedRows);
        const events: PlatformEvent[] = [];
        for (const raw of batch) {
          frames += 1;
          const parsed = parseEventFrame(Math.random() < 0.5 ? raw : JSON.stringify(raw));
          if (parsed.kind === "event") events.push(parsed.event);
        }
        // Both delivery shapes the binding uses: one event at a time, and a frame's worth at once.
        for (const [i, event] of events.entries()) {
          rows = tracker.apply(rows, i % 3 === 0 ? [event] : [event, event]);
          if (i % 10 === 0) checkInvariants(rows!);
        }
        checkInvariants(rows!);
        expect(tracker.pendingCount()).toBeLessThanOrEqual(PENDING_IDS);
      }),
      { numRuns: 100, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    expect(frames).toBeGreaterThanOrEqual(10_000);
  }, 120_000);

  it("removes a workspace and its descendants for good when a newer removal arrives", () => {
    fc.assert(
      fc.property(initialRows, fc.constantFrom(...IDS), (seedRows, target) => {
        const tracker = createWorkspaceEventTracker();
        const rows = parseRows(seedRows);
        const removed = parseEventFrame({
          event: "WORKSPACE_REMOVED",
          workspace_id: target,
          timestamp: new Date(base + 10_000).toISOString(),
          payload: { cascade_deleted: 1 },
        });
        if (removed.kind !== "event") throw new Error("the removal frame should parse");
        const subtree = buildTree(rows);
        const gone = new Set([target]);
        for (const id of subtree.order) {
          const parent = subtree.parentOf.get(id);
          if (parent && gone.has(parent)) gone.add(id);
        }
        const after = tracker.apply(rows, [removed.event])!;
        for (const r of after) expect(gone.has(r.id)).toBe(false);
        checkInvariants(after);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
