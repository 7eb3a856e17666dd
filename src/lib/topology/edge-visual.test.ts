import { describe, expect, it } from "vitest";
import {
  EDGE_WIDTH_MAX,
  EDGE_WIDTH_MIN,
  edgeStrokeWidth,
  isEdgeLabelVisible,
  type EdgeLabelState,
} from "./edge-visual";

describe("edgeStrokeWidth", () => {
  it("draws one call at the thinnest width", () => {
    expect(edgeStrokeWidth(1)).toBe(EDGE_WIDTH_MIN);
  });

  it("never goes below the thinnest width for odd counts", () => {
    expect(edgeStrokeWidth(0)).toBe(EDGE_WIDTH_MIN);
    expect(edgeStrokeWidth(-3)).toBe(EDGE_WIDTH_MIN);
    expect(edgeStrokeWidth(Number.NaN)).toBe(EDGE_WIDTH_MIN);
  });

  it("adds one px per doubling of calls", () => {
    expect(edgeStrokeWidth(2)).toBe(2);
    expect(edgeStrokeWidth(4)).toBe(3);
    expect(edgeStrokeWidth(8)).toBe(4);
  });

  it("grows with the count but stops at the thickest width", () => {
    const widths = [1, 3, 10, 16, 100, 10_000].map(edgeStrokeWidth);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(edgeStrokeWidth(16)).toBe(EDGE_WIDTH_MAX);
    expect(edgeStrokeWidth(10_000)).toBe(EDGE_WIDTH_MAX);
  });
});

describe("isEdgeLabelVisible", () => {
  const quiet: EdgeLabelState = {
    isHovered: false,
    isFocused: false,
    isSelected: false,
    isEndpointActive: false,
    isZoomedIn: false,
  };

  it("hides the label of an edge nobody is looking at", () => {
    expect(isEdgeLabelVisible(quiet)).toBe(false);
  });

  it.each(Object.keys(quiet) as (keyof EdgeLabelState)[])("shows the label when %s", (key) => {
    expect(isEdgeLabelVisible({ ...quiet, [key]: true })).toBe(true);
  });
});
