import { describe, expect, it } from "vitest";
import { readableFitViewport, readableZoom } from "./readable-viewport";

const VIEW = { width: 1000, height: 800 };
const OPTIONS = { minZoom: 0.8, maxZoom: 1, padding: 20 };

/** Where a canvas point lands on screen under a viewport. */
const onScreen = (v: { x: number; y: number; zoom: number }, p: { x: number; y: number }) => ({
  x: p.x * v.zoom + v.x,
  y: p.y * v.zoom + v.y,
});

describe("readableZoom", () => {
  it("is the zoom that draws the text at 11 screen pixels", () => {
    expect(readableZoom(14) * 14).toBeCloseTo(11);
  });
});

describe("readableFitViewport", () => {
  it("shows an org that fits readably whole, centred in the view", () => {
    const bounds = { x: 500, y: 300, width: 1100, height: 900 };
    const v = readableFitViewport(bounds, VIEW, OPTIONS);
    expect(v.zoom).toBeCloseTo(760 / 900);
    const topLeft = onScreen(v, bounds);
    const bottomRight = onScreen(v, { x: bounds.x + bounds.width, y: bounds.y + bounds.height });
    expect(topLeft.y).toBeCloseTo(VIEW.height - bottomRight.y);
    expect(topLeft.x).toBeCloseTo(VIEW.width - bottomRight.x);
    expect(topLeft.y).toBeGreaterThanOrEqual(20);
  });

  it("keeps the readable zoom for a big org and opens on its top, centred across", () => {
    const bounds = { x: -200, y: 40, width: 6000, height: 4000 };
    const v = readableFitViewport(bounds, VIEW, OPTIONS);
    expect(v.zoom).toBe(0.8);
    expect(onScreen(v, bounds).y).toBeCloseTo(20);
    expect(onScreen(v, { x: bounds.x + bounds.width / 2, y: 0 }).x).toBeCloseTo(VIEW.width / 2);
  });

  it("does not blow a small org up past the largest zoom", () => {
    const v = readableFitViewport({ x: 0, y: 0, width: 260, height: 120 }, VIEW, OPTIONS);
    expect(v.zoom).toBe(1);
    expect(onScreen(v, { x: 130, y: 60 })).toEqual({ x: 500, y: 400 });
  });

  it("starts an org taller than the view at the padding, so its top shows", () => {
    // At the readable zoom it is 816 px tall, more than the view's 800.
    const v = readableFitViewport({ x: 0, y: 0, width: 400, height: 1020 }, VIEW, OPTIONS);
    expect(v.zoom).toBe(0.8);
    expect(onScreen(v, { x: 0, y: 0 }).y).toBe(20);
  });
});
