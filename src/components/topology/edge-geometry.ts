export type Rect = { x: number; y: number; width: number; height: number };
export type EdgeGeometry = { path: string; labelX: number; labelY: number };

/** Where an edge meets a team card that contains the other end: just under its header. */
const HEADER_PX = 48;
const MAX_BEND_PX = 40;
/** How far above and left of a card the user's chat arrow starts. */
const INCOMING_PX = 90;

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

// The point where a ray from the rect's centre towards (dx, dy) leaves the rect.
function border(r: Rect, dx: number, dy: number) {
  const c = centre(r);
  const scale = Math.min(
    dx === 0 ? Infinity : r.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : r.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/**
 * A curved path between two cards, edge to edge rather than handle to handle, so it works for any
 * card layout. It bends to the caller's right, so A → B and B → A never overlap; a lead's edge to a
 * member nested inside its team card starts under the team's header; the user's chats (who has no
 * card) come in from above the target's corner.
 */
export function edgeGeometry(source: Rect | "user", target: Rect): EdgeGeometry {
  let start: { x: number; y: number };
  let end: { x: number; y: number };
  if (source === "user") {
    start = { x: target.x - INCOMING_PX, y: target.y - INCOMING_PX };
    end = { x: target.x + 24, y: target.y };
  } else if (contains(source, target)) {
    start = { x: centre(source).x, y: source.y + HEADER_PX };
    end = { x: centre(target).x, y: target.y };
  } else if (contains(target, source)) {
    start = { x: centre(source).x, y: source.y };
    end = { x: centre(target).x, y: target.y + HEADER_PX };
  } else {
    const a = centre(source);
    const b = centre(target);
    start = border(source, b.x - a.x, b.y - a.y);
    end = border(target, a.x - b.x, a.y - b.y);
  }
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const length = Math.hypot(dx, dy) || 1;
  const bend = Math.min(MAX_BEND_PX, length * 0.15);
  const control = {
    x: (start.x + end.x) / 2 - (dy / length) * bend,
    y: (start.y + end.y) / 2 + (dx / length) * bend,
  };
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    path: `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`,
    labelX: round(0.25 * start.x + 0.5 * control.x + 0.25 * end.x),
    labelY: round(0.25 * start.y + 0.5 * control.y + 0.25 * end.y),
  };
}
