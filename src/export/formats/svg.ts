// A static SVG figure drawn in Node (no browser): the evidence-flow layout, shapes and colours by kind, arrows, labels, a legend.
import { BASIS_STYLE, isDashed } from '../../style/basis.js';
import { EDGE_KIND_TABLE, NODE_KIND_INFO, NODE_KINDS, type EdgeKind } from '../../model/schema.js';
import type { ClaimGraph } from '../../model/graph.js';
import { EDGE_STYLE, NODE_STYLE, type NodeShape } from '../../style/kinds.js';
import { xmlEscape } from '../escape.js';
import { figure } from '../figure-geometry.js';
import { joinChunks, streamLines } from '../chunks.js';
import type { ExportFormat } from '../types.js';

const UNIT = 18; // pixels per layout unit
const MARGIN = 24;
const LABEL_ROOM = 300; // right of the rightmost nodes, where their labels run
const LEGEND_HEIGHT = 56;
const RADIUS = 7;
const n = (v: number) => (Math.round(v * 10) / 10).toString();

function shape(kind: NodeShape, x: number, y: number, r: number, fill: string): string {
  const points = (p: [number, number][]) => p.map(([a, b]) => `${n(x + a)},${n(y + b)}`).join(' ');
  switch (kind) {
    case 'circle':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}"/>`;
    case 'square':
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${fill}"/>`;
    case 'triangle':
      return `<polygon points="${points([[0, -r * 1.15], [r * 1.1, r * 0.8], [-r * 1.1, r * 0.8]])}" fill="${fill}"/>`;
    case 'diamond':
      return `<polygon points="${points([[0, -r * 1.3], [r * 1.3, 0], [0, r * 1.3], [-r * 1.3, 0]])}" fill="${fill}"/>`;
  }
}

/** An SVG dash pattern for an edge's basis, scaled to its width ('' for a solid line). */
function dashArray(basis: keyof typeof BASIS_STYLE, width: number): string {
  const dash = BASIS_STYLE[basis].dash;
  return dash ? ` stroke-dasharray="${dash.map((d) => n(d * Math.max(width, 1))).join(' ')}"` : '';
}

export const svgFormat: ExportFormat = {
  id: 'svg',
  title: 'SVG figure',
  use: 'any document: papers, slides, the web (drawn without a browser)',
  extension: 'svg',
  mediaType: 'image/svg+xml',
  write: (graph) => joinChunks(streamLines(svgLines(graph))),
  stream: (graph) => streamLines(svgLines(graph)),
};

/** The svg text line by line (each line written as it is made). */
function* svgLines(graph: ClaimGraph): Generator<string> {
  const { nodes, edges, bounds } = figure(graph);
  const px = (x: number) => MARGIN + (x - bounds.minX) * UNIT;
  const py = (y: number) => MARGIN + LEGEND_HEIGHT + (y - bounds.minY) * UNIT;
  const width = Math.ceil(px(bounds.maxX) + LABEL_ROOM);
  const height = Math.ceil(py(bounds.maxY) + MARGIN);
  const at = new Map(nodes.map((p) => [p.node.id, p]));
  const kinds = (Object.keys(EDGE_KIND_TABLE) as EdgeKind[]).filter((k) => edges.some((e) => e.edge.kind === k));
  yield* [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<title>${xmlEscape(String(graph.getAttribute('title') ?? 'claimgraph'))}</title>`,
    '<defs>',
    ...kinds.map((k) => `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_STYLE[k].color}"/></marker>`),
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  // Legend: node kinds, then the edge kinds present, from the schema's kind tables.
  yield '<g class="legend">';
  let lx = MARGIN;
  for (const kind of NODE_KINDS) {
    yield* [shape(NODE_STYLE[kind].shape, lx + 6, MARGIN, 5, NODE_STYLE[kind].color), `<text x="${lx + 16}" y="${MARGIN + 4}">${xmlEscape(NODE_KIND_INFO[kind].title)}</text>`];
    lx += 100;
  }
  lx = MARGIN;
  for (const kind of kinds) {
    yield* [`<line x1="${lx}" y1="${MARGIN + 24}" x2="${lx + 22}" y2="${MARGIN + 24}" stroke="${EDGE_STYLE[kind].color}" stroke-width="2" marker-end="url(#arrow-${kind})"/>`, `<text x="${lx + 28}" y="${MARGIN + 28}">${xmlEscape(kind)}</text>`];
    lx += 100;
  }
  // Dashed: the curator's inference (only when the figure has any).
  if (edges.some((e) => isDashed(e.edge.basis))) {
    yield* [`<line x1="${lx}" y1="${MARGIN + 24}" x2="${lx + 22}" y2="${MARGIN + 24}" stroke="#6b7280" stroke-width="2"${dashArray('inferred', 2)}/>`, `<text x="${lx + 28}" y="${MARGIN + 28}">${xmlEscape(BASIS_STYLE.inferred.legend)}</text>`];
  }
  yield* ['</g>', '<g class="edges">'];
  for (const { key, edge } of edges) {
    const a = at.get(edge.from)!;
    const b = at.get(edge.to)!;
    const [x1, y1, x2, y2] = [px(a.x), py(a.y), px(b.x), py(b.y)];
    const length = Math.hypot(x2 - x1, y2 - y1) || 1;
    // Stop short of the target so the arrow head shows.
    const ex = x2 - ((x2 - x1) / length) * (RADIUS + 2);
    const ey = y2 - ((y2 - y1) / length) * (RADIUS + 2);
    const style = EDGE_STYLE[edge.kind];
    yield* [
      `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(ex)}" y2="${n(ey)}" stroke="${style.color}" stroke-width="${style.size}"${dashArray(edge.basis, style.size)} marker-end="url(#arrow-${edge.kind})"><title>${xmlEscape(edge.quote ? `${key}: “${edge.quote}”` : key)}</title></line>`,
    ];
  }
  yield* ['</g>', '<g class="nodes">'];
  for (const { node, x, y } of nodes) {
    const style = NODE_STYLE[node.kind];
    const r = node.kind === 'claim' && node.role === 'answer' ? RADIUS * 1.4 : RADIUS;
    yield* [
      `<g class="node ${node.kind}">${shape(style.shape, px(x), py(y), r, style.color)}<text x="${n(px(x) + r + 4)}" y="${n(py(y) + 4)}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${xmlEscape(node.label)}</text></g>`,
    ];
  }
  yield* ['</g>', '</svg>'];
}
