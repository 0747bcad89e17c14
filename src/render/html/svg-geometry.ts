// The geometry of drawing dagre's routes: where an edge meets a shape that is
// not a rectangle, a smooth curve through the route's points, an arrowhead.

export interface Point {
  x: number;
  y: number;
}

const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;

/** A coordinate as SVG text: a tenth of a pixel is finer than any printer. */
export const n = (v: number) => Math.round(v * 10) / 10;

/**
 * dagre ends edges on a node's bounding box; for a diamond or hexagon, move
 * the end in along the same ray to where it meets the outline.
 */
export function clipToOutline(end: Point, center: Point, shape: Point[] | undefined): Point {
  if (!shape) return end;
  const dx = end.x - center.x;
  const dy = end.y - center.y;
  let best = 1;
  for (let i = 0; i < shape.length; i++) {
    const p = shape[i]!;
    const q = shape[(i + 1) % shape.length]!;
    // Solve center + t*(dx,dy) = p + s*(q-p) for t in (0, 1], s in [0, 1].
    const ex = q.x - p.x;
    const ey = q.y - p.y;
    const denom = dx * ey - dy * ex;
    if (Math.abs(denom) < 1e-9) continue;
    const t = (p.x * ey - p.y * ex) / denom;
    const s = (p.x * dy - p.y * dx) / denom;
    if (t > 0 && t <= best && s >= -1e-9 && s <= 1 + 1e-9) best = t;
  }
  return { x: center.x + best * dx, y: center.y + best * dy };
}

/** A smooth path through dagre's points (the B-spline d3's curveBasis draws). */
export function basisPath(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length === 0) return `M${n(first.x)},${n(first.y)}`;
  if (rest.length === 1) return `M${n(first.x)},${n(first.y)}L${n(rest[0]!.x)},${n(rest[0]!.y)}`;
  let d = `M${n(first.x)},${n(first.y)}`;
  let p0 = first;
  let p1 = rest[0]!;
  d += `L${n((5 * p0.x + p1.x) / 6)},${n((5 * p0.y + p1.y) / 6)}`;
  for (const p of [...rest.slice(1), rest[rest.length - 1]!]) {
    d += `C${n((2 * p0.x + p1.x) / 3)},${n((2 * p0.y + p1.y) / 3)} ${n((p0.x + 2 * p1.x) / 3)},${n((p0.y + 2 * p1.y) / 3)} ${n((p0.x + 4 * p1.x + p.x) / 6)},${n((p0.y + 4 * p1.y + p.y) / 6)}`;
    p0 = p1;
    p1 = p;
  }
  return `${d}L${n(p1.x)},${n(p1.y)}`;
}

export function arrowHead(from: Point, tip: Point): string {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * ARROW_LENGTH;
  const by = tip.y - uy * ARROW_LENGTH;
  return [
    [tip.x, tip.y],
    [bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH],
    [bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH],
  ]
    .map(([x, y]) => `${n(x!)},${n(y!)}`)
    .join(' ');
}
