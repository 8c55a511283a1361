// A TikZ picture for LaTeX papers: the viewer's evidence-flow positions, styles by kind, labels escaped for LaTeX.
import { isDashed } from '../../style/basis.js';
import { NODE_KINDS, type EdgeKind, type NodeKind } from '../../model/schema.js';
import type { ClaimGraph } from '../../model/graph.js';
import { EDGE_STYLE, NODE_STYLE, type NodeShape } from '../../style/kinds.js';
import { latexEscape } from '../escape.js';
import { figure } from '../figure-geometry.js';
import { shortIds } from '../order.js';
import { joinChunks, streamLines } from '../chunks.js';
import type { ExportFormat } from '../types.js';

const TIKZ_SHAPE: Record<NodeShape, string> = { circle: 'circle', square: 'rectangle', triangle: 'regular polygon, regular polygon sides=3', diamond: 'diamond' };
/** Layout units to centimetres: a column (10 units) is 4.5 cm, a row (2 units) 0.9 cm. */
const SCALE = 0.45;
const hex = (color: string) => color.slice(1).toUpperCase();
const num = (v: number) => (Math.round(v * 100) / 100).toFixed(2);
const styleName = (kind: string) => `cg${kind.replace(/[^a-z]/g, '')}`;

export const tikzFormat: ExportFormat = {
  id: 'tikz',
  title: 'TikZ picture',
  use: 'LaTeX papers: \\input it inside a figure (needs \\usepackage{tikz} and \\usetikzlibrary{arrows.meta,shapes.geometric})',
  extension: 'tikz.tex',
  mediaType: 'application/x-tex',
  write: (graph) => joinChunks(streamLines(tikzLines(graph))),
  stream: (graph) => streamLines(tikzLines(graph)),
};

/** The tikz text line by line (each line written as it is made). */
function* tikzLines(graph: ClaimGraph): Generator<string> {
  const { nodes, edges } = figure(graph);
  const ids = shortIds(graph);
  const edgeKinds = [...new Set(edges.map((e) => e.edge.kind))].sort() as EdgeKind[];
  const nodeKinds = NODE_KINDS.filter((k) => nodes.some((p) => p.node.kind === k)) as NodeKind[];
  yield* [
    `% ${latexEscape(String(graph.getAttribute('title') ?? 'claimgraph'))}: exported by claimgraph.`,
    '% Needs \\usepackage{tikz} and \\usetikzlibrary{arrows.meta,shapes.geometric}.',
    ...[...nodeKinds.map((k) => [k, NODE_STYLE[k].color] as const), ...edgeKinds.map((k) => [`edge${k}`, EDGE_STYLE[k].color] as const)].map(
      ([name, color]) => `\\definecolor{${styleName(name)}}{HTML}{${hex(color)}}`,
    ),
    '\\begin{tikzpicture}[',
    `  x=${SCALE}cm, y=-${SCALE}cm, >={Stealth[length=4pt]},`,
    '  every label/.style={font=\\scriptsize, text width=3.6cm, align=left},',
    ...nodeKinds.map((k) => `  ${k}/.style={${TIKZ_SHAPE[NODE_STYLE[k].shape]}, fill=${styleName(k)}, draw=none, inner sep=0pt, minimum size=${k === 'question' ? 9 : 6}pt},`),
    ...edgeKinds.map((k) => `  e-${k}/.style={->, draw=${styleName(`edge${k}`)}, line width=${num(EDGE_STYLE[k].size * 0.4)}pt},`),
    ']',
  ];
  for (const { node, x, y } of nodes) {
    yield `\\node[${node.kind}, label={[anchor=west]east:${latexEscape(node.label).replace(/[[\]]/g, (c) => `{${c}}`)}}] (${ids.get(node.id)}) at (${num(x)},${num(y)}) {};`;
  }
  for (const { edge } of edges) yield `\\draw[e-${edge.kind}${isDashed(edge.basis) ? ', dashed' : ''}] (${ids.get(edge.from)}) -- (${ids.get(edge.to)});`;
  yield '\\end{tikzpicture}';
}
