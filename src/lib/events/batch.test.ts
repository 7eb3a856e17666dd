import { describe, expect, it, vi } from "vitest";
import { createFrameBatcher } from "./batch";

function manualFrames() {
  const callbacks: Array<() => void> = [];
  return {
    schedule: (cb: () => void) => callbacks.push(cb),
    runFrame: () => callbacks.splice(0).forEach((cb) => cb()),
    get scheduled() {
      return callbacks.length;
    },
  };
}

describe("createFrameBatcher", () => {
  it("applies a burst once, in arrival order, on the next frame", () => {
    const frames = manualFrames();
    const apply = vi.fn();
    const batcher = createFrameBatcher<number>(apply, frames.schedule);
    [1, 2, 3].forEach((n) => batcher.push(n));
    expect(apply).not.toHaveBeenCalled();
    expect(frames.scheduled).toBe(1);
    frames.runFrame();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenCalledWith([1, 2, 3]);
  });

  it("starts a new batch after a frame has run", () => {
    const frames = manualFrames();
    const apply = vi.fn();
    const batcher = createFrameBatcher<string>(apply, frames.schedule);
    batcher.push("a");
    frames.runFrame();
    batcher.push("b");
    frames.runFrame();
    expect(apply.mock.calls).toEqual([[["a"]], [["b"]]]);
  });

  it("applies immediately on flush and not again on the frame", () => {
    const frames = manualFrames();
    const apply = vi.fn();
    const batcher = createFrameBatcher<string>(apply, frames.schedule);
    batcher.push("a");
    batcher.flush();
    frames.runFrame();
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it("applies nothing after dispose", () => {
    const frames = manualFrames();
    const apply = vi.fn();
    const batcher = createFrameBatcher<string>(apply, frames.schedule);
    batcher.push("a");
    batcher.dispose();
    frames.runFrame();
    expect(apply).not.toHaveBeenCalled();
  });

  it("uses requestAnimationFrame by default", () => {
    const raf = vi.spyOn(globalThis, "requestAnimationFrame").mockImplementation(() => 1);
    createFrameBatcher(vi.fn()).push(1);
    expect(raf).toHaveBeenCalledTimes(1);
    raf.mockRestore();
  });
});
