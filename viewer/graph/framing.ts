// Camera framing: the camera state that shows a set of nodes within the part of the graph area left free (by an
// open drawer, and the room labels take on the right), never further out than the whole graph.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import { createNormalizationFunction } from 'sigma/utils';

export interface FrameOptions {
  /** Pixels on the right of, or at the bottom of, the graph area covered by something (the panel drawer on small screens). */
  insetRight?: number;
  insetBottom?: number;
  /** Pixels on the left taken by controls (the zoom buttons). */
  insetLeft?: number;
  /** Pixels kept free on the right of the framed nodes for their labels. */
  labelRoom?: number;
  margin?: number;
  /** The closest the camera may come (sigma's ratio; 1 shows the whole graph). */
  minRatio?: number;
}

/**
 * Framed-graph coordinates of these positions (sigma's graph coordinates), normalised as sigma's next render will:
 * by the graph's bounding box. Sigma's own copy (getNodeDisplayData) is normalised only at that render, so right after
 * a filter, an audit or a layout changes it still holds raw positions, and a frame computed from it was far off screen.
 */
export function framedPoints(sigma: Sigma, positions: Iterable<{ x: number; y: number }>): { x: number; y: number }[] {
  const normalise = createNormalizationFunction(sigma.getCustomBBox() ?? sigma.getBBox());
  return [...positions].map((p) => normalise(p));
}

/** The camera state that frames `points`, or null when there is nothing to frame. */
export function frameState(sigma: Sigma, points: { x: number; y: number }[], options: FrameOptions = {}): CameraState | null {
  if (points.length === 0) return null;
  const { width, height } = sigma.getDimensions();
  const margin = options.margin ?? 32;
  const left = options.insetLeft ?? 0;
  const free = Math.max(width - (options.insetRight ?? 0) - left, 60);
  const labelRoom = Math.min(options.labelRoom ?? 220, free * 0.35);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
  const centre = { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
  // Measure the box on screen at ratio 1; on-screen lengths scale with 1 / ratio.
  const at1 = { ...centre, ratio: 1, angle: 0 };
  const a = sigma.framedGraphToViewport({ x: box.x0, y: box.y0 }, { cameraState: at1 });
  const b = sigma.framedGraphToViewport({ x: box.x1, y: box.y1 }, { cameraState: at1 });
  const boxWidth = Math.abs(b.x - a.x);
  const boxHeight = Math.abs(b.y - a.y);
  const freeHeight = Math.max(height - (options.insetBottom ?? 0), 60);
  const availableHeight = Math.max(freeHeight - 2 * margin, 40);
  // Room for labels on the right when the box fits with it at the whole graph's scale; else the box takes it all.
  let availableWidth = Math.max(free - labelRoom - 2 * margin, 40);
  if (Math.max(boxWidth / availableWidth, boxHeight / availableHeight) > 1) availableWidth = Math.max(free - 2 * margin, 40);
  const needed = Math.max(boxWidth / availableWidth, boxHeight / availableHeight);
  // Never further out than the whole graph fitted into the area a drawer leaves (the zoom buttons' column aside).
  const widest = Math.max(1, width / Math.max(width - (options.insetRight ?? 0), 60), height / freeHeight);
  const ratio = Math.min(widest, Math.max(options.minRatio ?? 0.05, needed));
  // Put the box's centre at the centre of the free area (left of the label room and the inset).
  const target = { x: left + margin + availableWidth / 2, y: freeHeight / 2 };
  const under = sigma.viewportToFramedGraph(target, { cameraState: { ...centre, ratio, angle: 0 } });
  return { x: centre.x + (centre.x - under.x), y: centre.y + (centre.y - under.y), ratio, angle: 0 };
}
