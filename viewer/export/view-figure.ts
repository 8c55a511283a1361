// Figures of the current view: the scene the graph area shows (positions, camera, highlight, filters, placed labels)
// with a title and a legend of the kinds it shows, as SVG text or as a PNG drawn at 2x or more.
import { EDGE_KIND_TABLE, NODE_KIND_INFO, NODE_KINDS, type EdgeKind } from '../../src/model/schema.js';
import { xmlEscape } from '../../src/export/escape.js';
import { arrowHead, shapePoints } from '../graph/draw-shapes.js';
import { drawEdges, drawLabels, drawNodes, labelFont } from '../graph/highlight-layer.js';
import type { Scene, SceneEdge, SceneNode } from '../graph/scene.js';
import { EDGE_STYLE, INFERRED_DASH, LABEL_COLOR, LABEL_FONT, LABEL_FONT_SIZE, NODE_STYLE, VEIL } from '../graph/styles.js';

export interface ViewFigure {
  scene: Scene;
  title: string;
  /** A second line: what the figure shows (the selection, the filters). */
  subtitle: string;
}

const TITLE_HEIGHT = 52;
const LEGEND_ROW = 20;
const PAD = 12;

interface LegendItem {
  kind: 'node' | 'edge' | 'inferred';
  key: string;
  text: string;
  color: string;
  shape?: string;
}

/** The kinds the figure shows, in the schema's order. */
export function legendItems(scene: Scene): LegendItem[] {
  const nodeKinds = new Set(scene.nodes.map((n) => n.kind));
  const edgeKinds = new Set(scene.edges.map((e) => e.kind));
  const items: LegendItem[] = [];
  for (const kind of NODE_KINDS) if (nodeKinds.has(kind)) items.push({ kind: 'node', key: kind, text: NODE_KIND_INFO[kind].title, color: NODE_STYLE[kind].color, shape: NODE_STYLE[kind].shape });
  for (const kind of Object.keys(EDGE_KIND_TABLE) as EdgeKind[]) if (edgeKinds.has(kind)) items.push({ kind: 'edge', key: kind, text: kind, color: EDGE_STYLE[kind].color });
  if (scene.edges.some((e) => e.dashed)) items.push({ kind: 'inferred', key: 'inferred', text: 'curator’s inference', color: '#6b7280' });
  return items;
}

/** Legend items laid out in rows across the width. */
function legendLayout(items: LegendItem[], width: number, measure: (text: string) => number): { item: LegendItem; x: number; y: number }[] {
  const out: { item: LegendItem; x: number; y: number }[] = [];
  let x = PAD;
  let y = 0;
  for (const item of items) {
    const w = 28 + measure(item.text) + 18;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += LEGEND_ROW;
    }
    out.push({ item, x, y });
    x += w;
  }
  return out;
}

function measurer(): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = labelFont(false);
  return (text) => Math.ceil(ctx.measureText(text).width);
}

function size(figure: ViewFigure): { width: number; height: number; legend: { item: LegendItem; x: number; y: number }[] } {
  const width = figure.scene.width;
  const legend = legendLayout(legendItems(figure.scene), width, measurer());
  const rows = legend.length === 0 ? 0 : legend[legend.length - 1]!.y / LEGEND_ROW + 1;
  return { width, height: TITLE_HEIGHT + figure.scene.height + PAD + rows * LEGEND_ROW + PAD, legend };
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

function svgShape(shape: string, x: number, y: number, r: number, attributes: string): string {
  const points = shapePoints(shape, x, y, r);
  return points ? `<polygon points="${points.map(([px, py]) => `${num(px)},${num(py)}`).join(' ')}" ${attributes}/>` : `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" ${attributes}/>`;
}

function svgEdge(e: SceneEdge, alpha: string): string {
  const head = arrowHead(e.x1, e.y1, e.x2, e.y2, e.targetRadius, 4 + e.width * 2);
  const end = head ? head.base : [e.x2, e.y2];
  const dash = e.dashed ? ` stroke-dasharray="${INFERRED_DASH.dash} ${INFERRED_DASH.gap}"` : '';
  const line = `<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(end[0]!)}" y2="${num(end[1]!)}" stroke="${e.color}" stroke-width="${num(e.width)}"${dash} stroke-linecap="round"${alpha}/>`;
  return head ? `${line}<polygon points="${[head.tip, head.left, head.right].map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="${e.color}"${alpha}/>` : line;
}

function svgNode(n: SceneNode, alpha: string): string {
  const ring = n.selected ? svgShape(n.shape, n.x, n.y, n.r + 3, `fill="none" stroke="${LABEL_COLOR}" stroke-width="2"`) : '';
  return svgShape(n.shape, n.x, n.y, n.r, `fill="${n.color}"${alpha}`) + ring;
}

/** The figure as a standalone SVG document. */
export function viewFigureSvg(figure: ViewFigure): string {
  const { scene } = figure;
  const { width, height, legend } = size(figure);
  const faint = scene.veiled ? ' opacity="0.18"' : '';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlEscape(LABEL_FONT)}" font-size="${LABEL_FONT_SIZE}">`,
    `<title>${xmlEscape(figure.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text class="title" x="${PAD}" y="22" font-size="16" font-weight="600" fill="${LABEL_COLOR}">${xmlEscape(figure.title)}</text>`,
    `<text class="subtitle" x="${PAD}" y="40" fill="#4b5563">${xmlEscape(figure.subtitle)}</text>`,
    `<g class="graph" transform="translate(0 ${TITLE_HEIGHT})">`,
    `<clipPath id="view"><rect width="${scene.width}" height="${scene.height}"/></clipPath><g clip-path="url(#view)">`,
  ];
  for (const e of scene.edges) out.push(svgEdge(e, e.dim ? faint : ''));
  for (const n of scene.nodes) out.push(svgNode(n, n.dim ? faint : ''));
  out.push('<g class="labels">');
  for (const l of scene.labels) {
    const y = num(l.y + l.height / 2);
    const weight = l.bold ? ' font-weight="600"' : '';
    out.push(`<text class="label" data-node="${xmlEscape(l.node)}" x="${num(l.x)}" y="${y}" dominant-baseline="central"${weight} stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" fill="${LABEL_COLOR}">${xmlEscape(l.text)}</text>`);
  }
  out.push('</g></g></g>', `<g class="legend" transform="translate(0 ${TITLE_HEIGHT + scene.height + PAD})">`);
  for (const { item, x, y } of legend) {
    const cy = y + LEGEND_ROW / 2;
    if (item.kind === 'node') out.push(svgShape(item.shape!, x + 10, cy, 6, `fill="${item.color}"`));
    else out.push(`<line x1="${x}" y1="${cy}" x2="${x + 22}" y2="${cy}" stroke="${item.color}" stroke-width="2.5"${item.kind === 'inferred' ? ` stroke-dasharray="${INFERRED_DASH.dash} ${INFERRED_DASH.gap}"` : ''}/>`);
    out.push(`<text x="${x + 28}" y="${cy}" dominant-baseline="central" fill="${LABEL_COLOR}">${xmlEscape(item.text)}</text>`);
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}

/** The figure as a PNG, drawn at `scale` times the screen's pixels. */
export function viewFigurePng(figure: ViewFigure, scale = 2): Promise<Blob> {
  const { scene } = figure;
  const { width, height, legend } = size(figure);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('claimgraph/viewer: no 2D canvas to draw the PNG on'));
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = LABEL_COLOR;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 16px ${LABEL_FONT}`;
  ctx.fillText(figure.title, PAD, 22);
  ctx.font = `${LABEL_FONT_SIZE}px ${LABEL_FONT}`;
  ctx.fillStyle = '#4b5563';
  ctx.fillText(figure.subtitle, PAD, 40);
  ctx.save();
  ctx.translate(0, TITLE_HEIGHT);
  ctx.beginPath();
  ctx.rect(0, 0, scene.width, scene.height);
  ctx.clip();
  const faintEdges = scene.edges.filter((e) => e.dim);
  const faintNodes = scene.nodes.filter((n) => n.dim);
  drawEdges(ctx, faintEdges);
  drawNodes(ctx, faintNodes);
  if (scene.veiled) {
    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, scene.width, scene.height);
  }
  drawEdges(ctx, scene.edges.filter((e) => !e.dim));
  drawNodes(ctx, scene.nodes.filter((n) => !n.dim));
  drawLabels(ctx, scene.labels);
  ctx.restore();
  ctx.save();
  ctx.translate(0, TITLE_HEIGHT + scene.height + PAD);
  for (const { item, x, y } of legend) {
    const cy = y + LEGEND_ROW / 2;
    if (item.kind === 'node') drawNodes(ctx, [{ id: item.key, kind: item.key, x: x + 10, y: cy, r: 6, color: item.color, shape: item.shape!, dim: false, selected: false }]);
    else {
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 2.5;
      ctx.setLineDash(item.kind === 'inferred' ? [INFERRED_DASH.dash, INFERRED_DASH.gap] : []);
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + 22, cy);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = LABEL_COLOR;
    ctx.textBaseline = 'middle';
    ctx.font = labelFont(false);
    ctx.fillText(item.text, x + 28, cy);
  }
  ctx.restore();
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('claimgraph/viewer: the PNG could not be encoded'))), 'image/png'));
}

