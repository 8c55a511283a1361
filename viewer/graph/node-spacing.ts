// How close a layout puts its nodes for their sizes, and the size divisor that keeps their discs apart on screen: a small
// screen squeezes the evidence-flow layout (its columns of sources and figures) until nodes of full size merge into bars.

export interface SizedPoint {
  x: number;
  y: number;
  /** The node's radius in size units (sigma's `size`). */
  size: number;
}

/** Nodes measured at most (a large graph's window is sampled evenly). */
const MAX_SAMPLED = 4000;
/** The share of nodes allowed closer than the spacing returned (a layout's few near-coincident nodes do not shrink all). */
const LOW_SHARE = 0.1;

/**
 * For each node, the distance to its nearest neighbour over the sum of their sizes; the value below which only a tenth of
 * the nodes fall (graph units per size unit). Infinity when no node has a neighbour; coincident nodes are left out
 * (no scale parts them).
 */
export function spacingPerSize(points: readonly SizedPoint[]): number {
  if (points.length < 2) return Infinity;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  // Cells about as large as the mean area per node: a nearest neighbour is usually within the 5×5 cells around.
  const cell = Math.max(Math.sqrt(((x1 - x0 || 1) * (y1 - y0 || 1)) / points.length), Math.max(x1 - x0, y1 - y0) / 1e4, 1e-9);
  const grid = new Map<string, SizedPoint[]>();
  const key = (cx: number, cy: number) => `${cx},${cy}`;
  for (const p of points) {
    const k = key(Math.floor((p.x - x0) / cell), Math.floor((p.y - y0) / cell));
    const list = grid.get(k);
    if (list) list.push(p);
    else grid.set(k, [p]);
  }
  const step = Math.max(1, Math.ceil(points.length / MAX_SAMPLED));
  const ratios: number[] = [];
  for (let i = 0; i < points.length; i += step) {
    const p = points[i]!;
    const cx = Math.floor((p.x - x0) / cell);
    const cy = Math.floor((p.y - y0) / cell);
    let best = Infinity;
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++)
        for (const q of grid.get(key(cx + dx, cy + dy)) ?? []) {
          if (q === p) continue;
          const d = Math.hypot(q.x - p.x, q.y - p.y);
          if (d > 0) best = Math.min(best, d / Math.max(p.size + q.size, 1e-9));
        }
    if (Number.isFinite(best)) ratios.push(best);
  }
  if (ratios.length === 0) return Infinity;
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(LOW_SHARE * (ratios.length - 1))]!;
}

/** Nodes shrink at most to a third of their size: below that they could not be told apart anyway. */
const MAX_SHRINK = 3;

/**
 * Sigma divides node sizes by this at camera ratio `ratio` (its zoomToSizeRatioFunction). Sigma's own √ratio, unless the
 * screen spacing then falls below the nodes' sizes: `fit` is the camera ratio at which the layout's spacing on screen
 * just matches its sizes (pixels per graph unit at ratio 1 × spacingPerSize, less a margin); above it, sizes follow the
 * spacing (ratio / fit), so that zoomed out or on a small screen nodes shrink instead of merging.
 */
export function sizeDivisor(ratio: number, fit: number): number {
  const sigmaDefault = Math.sqrt(ratio);
  if (!(fit > 0) || !Number.isFinite(fit)) return sigmaDefault;
  return Math.max(sigmaDefault, Math.min(ratio / fit, sigmaDefault * MAX_SHRINK));
}
