// A 2D canvas over sigma's WebGL picture: the veil, the highlighted edges and nodes (selection, path, hover) and every
// label, placed without collisions. Redrawn after each sigma render and on hover, which never costs sigma a render.
import { arrowHead, pathShape } from './draw-shapes.js';
import type { PlacedLabel } from './label-placement.js';
import type { SceneEdge, SceneNode } from './scene.js';
import { INFERRED_DASH, LABEL_COLOR, LABEL_FONT, LABEL_FONT_SIZE, VEIL } from './styles.js';

export interface LayerContent {
  veiled: boolean;
  edges: SceneEdge[];
  nodes: SceneNode[];
  labels: PlacedLabel[];
}

export const labelFont = (bold: boolean) => `${bold ? '600 ' : ''}${LABEL_FONT_SIZE}px ${LABEL_FONT}`;

export class HighlightLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  /** The labels drawn last (read by the tests and the figures). */
  placed: PlacedLabel[] = [];
  draws = 0;

  constructor(container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'highlight-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', pointerEvents: 'none', zIndex: '1' });
    container.append(this.canvas);
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error('claimgraph/viewer: no 2D canvas for the highlight layer');
    this.context = context;
  }

  /** A 2D context to measure label widths with. */
  get measure(): CanvasRenderingContext2D {
    return this.context;
  }

  draw(width: number, height: number, content: LayerContent): void {
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    const ctx = this.context;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (content.veiled) {
      ctx.fillStyle = VEIL;
      ctx.fillRect(0, 0, width, height);
    }
    drawEdges(ctx, content.edges);
    drawNodes(ctx, content.nodes);
    drawLabels(ctx, content.labels);
    this.placed = content.labels;
    this.draws++;
  }
}

export function drawEdges(ctx: CanvasRenderingContext2D, edges: readonly SceneEdge[]): void {
  ctx.lineCap = 'round';
  for (const e of edges) {
    ctx.strokeStyle = e.color;
    ctx.fillStyle = e.color;
    ctx.lineWidth = e.width;
    ctx.setLineDash(e.dashed ? [INFERRED_DASH.dash, INFERRED_DASH.gap] : []);
    const head = arrowHead(e.x1, e.y1, e.x2, e.y2, e.targetRadius, 4 + e.width * 2);
    ctx.beginPath();
    ctx.moveTo(e.x1, e.y1);
    ctx.lineTo(head ? head.base[0] : e.x2, head ? head.base[1] : e.y2);
    ctx.stroke();
    if (head) {
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(...head.tip);
      ctx.lineTo(...head.left);
      ctx.lineTo(...head.right);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.setLineDash([]);
}

export function drawNodes(ctx: CanvasRenderingContext2D, nodes: readonly SceneNode[]): void {
  for (const n of nodes) {
    pathShape(ctx, n.shape, n.x, n.y, n.r);
    ctx.fillStyle = n.color;
    ctx.fill();
    if (n.selected) {
      ctx.lineWidth = 2;
      ctx.strokeStyle = LABEL_COLOR;
      pathShape(ctx, n.shape, n.x, n.y, n.r + 3);
      ctx.stroke();
    }
  }
}

export function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[]): void {
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  for (const label of labels) {
    ctx.font = labelFont(label.bold);
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.92)';
    ctx.strokeText(label.text, label.x, label.y + label.height / 2);
    ctx.fillStyle = LABEL_COLOR;
    ctx.fillText(label.text, label.x, label.y + label.height / 2);
  }
}
