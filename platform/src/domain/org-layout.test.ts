import { describe, expect, it } from "vitest";
import { COLUMN_GAP, ROW_GAP, layoutChildren } from "./org-layout";

describe("layoutChildren", () => {
  it("centres children in one row below the parent", () => {
    expect(layoutChildren(3, false)).toEqual([
      { x: -COLUMN_GAP, y: ROW_GAP },
      { x: 0, y: ROW_GAP },
      { x: COLUMN_GAP, y: ROW_GAP },
    ]);
    expect(layoutChildren(2, false).map((p) => p.x)).toEqual([-COLUMN_GAP / 2, COLUMN_GAP / 2]);
  });

  it("puts roots side by side from the origin", () => {
    expect(layoutChildren(2, true)).toEqual([
      { x: 0, y: 0 },
      { x: COLUMN_GAP * 2, y: 0 },
    ]);
  });
});
