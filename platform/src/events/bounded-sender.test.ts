import { describe, expect, it } from "vitest";
import { boundedSender } from "./bounded-sender";

describe("boundedSender", () => {
  it("drops frames beyond the limit until earlier ones are flushed", () => {
    const pending: (() => void)[] = [];
    const sent: string[] = [];
    const drops: number[] = [];
    const send = boundedSender({ send: (data, cb) => (sent.push(data), pending.push(() => cb())) }, 2, (n) =>
      drops.push(n),
    );
    expect([send("a"), send("b"), send("c")]).toEqual([true, true, false]);
    expect(sent).toEqual(["a", "b"]);
    expect(drops).toEqual([1]);
    pending.shift()!();
    expect(send("d")).toBe(true);
    expect(sent).toEqual(["a", "b", "d"]);
  });
});
