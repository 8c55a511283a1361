// Node shapes and arrow heads on a 2D canvas, for the highlight layer and the PNG figure (the SVG figure draws the same geometry).
import type { NodeShape } from './styles.js';

/** Points of a polygon shape around (x, y) with radius r; a circle is null. */
export function shapePoints(shape: NodeShape | string, x: number, y: number, r: number): [number, number][] | null {
  switch (shape) {
    case 'square': {
      const s = r * 0.85;
      return [[x - s, y - s], [x + s, y - s], [x + s, y + s], [x - s, y + s]];
    }
    case 'triangle':
      return [[x, y - r], [x + r * 0.95, y + r * 0.7], [x - r * 0.95, y + r * 0.7]];
    case 'diamond':
      return [[x, y - r], [x + r, y], [x, y + r], [x - r, y]];
    default:
      return null;
  }
}

export function pathShape(ctx: CanvasRenderingContext2D, shape: NodeShape | string, x: number, y: number, r: number): void {
  ctx.beginPath();
  const points = shapePoints(shape, x, y, r);
  if (!points) ctx.arc(x, y, r, 0, 2 * Math.PI);
  else {
    points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
    ctx.closePath();
  }
}

/** The arrow head's triangle at the end of a segment, stopping `gap` short of the target (its node's radius). */
export function arrowHead(x1: number, y1: number, x2: number, y2: number, gap: number, size: number): { tip: [number, number]; left: [number, number]; right: [number, number]; base: [number, number] } | null {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  if (length < gap + size) return null;
  const ux = dx / length;
  const uy = dy / length;
  const tip: [number, number] = [x2 - ux * gap, y2 - uy * gap];
  const base: [number, number] = [tip[0] - ux * size, tip[1] - uy * size];
  const half = size * 0.5;
  return { tip, base, left: [base[0] - uy * half, base[1] + ux * half], right: [base[0] + uy * half, base[1] - ux * half] };
}
