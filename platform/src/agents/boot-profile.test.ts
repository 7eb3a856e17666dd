import { describe, expect, it } from "vitest";
import { advance, faultFor, initialProgress, stepDelayMs } from "./boot-profile";

describe("boot profile", () => {
  it("adds no time in fast scale and stretches slow runtimes in realistic scale", () => {
    expect(stepDelayMs("fast", "hermes", "start_process")).toBe(0);
    expect(stepDelayMs("realistic", "hermes", "start_process")).toBeGreaterThan(
      stepDelayMs("realistic", "langgraph", "start_process"),
    );
  });

  it("matches faults by runtime or workspace name, step and mode", () => {
    const spec =
      "hermes:agent_card:stall, Researcher:register:fail, Slow one:start_process:slow, bad-entry, x:register:explode";
    expect(faultFor(spec, { name: "X", runtime: "hermes" }, "agent_card")).toBe("stall");
    expect(faultFor(spec, { name: "researcher", runtime: "langgraph" }, "register")).toBe("fail");
    expect(faultFor(spec, { name: "researcher", runtime: "langgraph" }, "agent_card")).toBeNull();
    expect(faultFor(spec, { name: "slow ONE", runtime: "worker" }, "start_process")).toBe("slow");
    expect(faultFor(spec, { name: "x", runtime: "worker" }, "register")).toBeNull();
    expect(faultFor("", { name: "a", runtime: "b" }, "online")).toBeNull();
  });

  it("stamps start and finish times as a step advances", () => {
    const t1 = new Date("2026-01-01T00:00:00Z");
    const t2 = new Date("2026-01-01T00:00:01Z");
    const p = advance(
      advance(initialProgress(t1), "allocate_port", "active", t1),
      "allocate_port",
      "done",
      t2,
    );
    expect(p.steps[0]).toMatchObject({
      state: "done",
      started_at: t1.toISOString(),
      finished_at: t2.toISOString(),
    });
    expect(p.steps[1]).toMatchObject({ state: "pending" });
    expect(p.step).toBe("allocate_port");
  });
});
