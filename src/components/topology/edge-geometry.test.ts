import { edgeGeometry } from "./edge-geometry";

const card = (x: number, y: number, width = 200, height = 100) => ({ x, y, width, height });

describe("edgeGeometry", () => {
  it("runs border to border between separate cards", () => {
    const { path } = edgeGeometry(card(0, 0), card(0, 300));
    expect(path).toMatch(/^M 100 100 Q .* 100 300$/);
  });

  it("starts under the team header when the target sits inside the caller's team card", () => {
    const { path } = edgeGeometry(card(0, 0, 800, 600), card(100, 200));
    expect(path).toMatch(/^M 400 48 Q .* 200 200$/);
  });

  it("bends the two directions of a pair to opposite sides", () => {
    const there = edgeGeometry(card(0, 0), card(600, 0));
    const back = edgeGeometry(card(600, 0), card(0, 0));
    expect(Math.sign(there.labelY - 50)).toBe(-Math.sign(back.labelY - 50));
    expect(there.labelY).not.toBe(50);
  });

  it("brings the user's chats in from above the target's corner", () => {
    const { path } = edgeGeometry("user", card(300, 300));
    expect(path).toMatch(/^M 210 210 Q .* 324 300$/);
  });
});
