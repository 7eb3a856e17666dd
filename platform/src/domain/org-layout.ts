/** Horizontal gap between sibling cards and vertical gap between levels, in canvas units. */
export const COLUMN_GAP = 300;
export const ROW_GAP = 220;

/**
 * Default positions for `n` siblings that have none: centred in a row below the parent
 * (parent-relative), or in a row from the origin for roots.
 */
export function layoutChildren(n: number, roots: boolean): { x: number; y: number }[] {
  return Array.from({ length: n }, (_, i) =>
    roots ? { x: i * COLUMN_GAP * 2, y: 0 } : { x: (i - (n - 1) / 2) * COLUMN_GAP, y: ROW_GAP },
  );
}
