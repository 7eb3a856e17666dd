import { describe, expect, it } from "vitest";
import { heartbeatTransition, type HeartbeatSignal } from "./heartbeat";

const hb = (over: Partial<HeartbeatSignal> = {}): HeartbeatSignal => ({
  error_rate: 0,
  sample_error: "",
  runtime_state: "",
  statusManaged: false,
  ...over,
});

describe("heartbeatTransition", () => {
  it.each([
    [
      "online",
      hb({ error_rate: 0.5, sample_error: "boom" }),
      "degraded",
      { error_rate: 0.5, sample_error: "boom" },
    ],
    [
      "online",
      hb({ runtime_state: "wedged", sample_error: "stuck" }),
      "degraded",
      { runtime_state: "wedged", sample_error: "stuck" },
    ],
    ["degraded", hb({ error_rate: 0.05 }), "online", {}],
    ["offline", hb(), "online", {}],
    ["provisioning", hb(), "online", { recovered_from: "provisioning" }],
  ] as const)("moves %s to %s", (from, signal, to, payload) => {
    expect(heartbeatTransition(from, signal)).toMatchObject({ to, payload });
  });

  it.each([
    ["online", hb({ error_rate: 0.49 })],
    ["degraded", hb({ error_rate: 0.2 })],
    ["degraded", hb({ runtime_state: "wedged" })],
    ["failed", hb()],
    ["paused", hb()],
    ["removed", hb()],
    ["online", hb({ error_rate: 0.9, statusManaged: true })],
  ] as const)("leaves %s alone for %o", (from, signal) => {
    expect(heartbeatTransition(from, signal)).toBeNull();
  });

  it("still degrades a status-managed adapter that reports a wedge", () => {
    expect(heartbeatTransition("online", hb({ runtime_state: "wedged", statusManaged: true }))?.to).toBe(
      "degraded",
    );
  });
});
