import { describe, expect, it, vi } from "vitest";
import { lazyWithPreload } from "./lazy-with-preload";

const Panel = () => null;

describe("lazyWithPreload", () => {
  it("fetches the code once however often it is preloaded", async () => {
    const load = vi.fn(async () => Panel);
    const Lazy = lazyWithPreload(load);
    await Promise.all([Lazy.preload(), Lazy.preload()]);
    await Lazy.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("fetches again after a failed fetch instead of keeping the failure", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("chunk failed")).mockResolvedValue(Panel);
    const Lazy = lazyWithPreload(load);
    await expect(Lazy.preload()).rejects.toThrow("chunk failed");
    await expect(Lazy.preload()).resolves.toEqual({ default: Panel });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
