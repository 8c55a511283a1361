// Graphviz DOT for figures (`dot -Tsvg`, `dot -Tpdf`): a digraph with shapes and fill colours by node kind, edges coloured and labelled by kind.
import { isDashed } from '../../style/basis.js';
import type { ClaimGraph } from '../../model/graph.js';
import { EDGE_STYLE, NODE_STYLE, type NodeShape } from '../../style/kinds.js';
import { sortedEdges, sortedNodes } from '../order.js';
import { joinChunks, streamLines } from '../chunks.js';
import type { ExportFormat } from '../types.js';
import { dropXmlForbidden } from '../escape.js';
import { EDGE_FIELD_ORDER, EDGE_IDENTITY, NODE_FIELD_ORDER, NODE_IDENTITY, scalarFields, type Scalar } from '../fields.js';

const DOT_SHAPE: Record<NodeShape, string> = { circle: 'ellipse', square: 'box', triangle: 'triangle', diamond: 'diamond' };

/**
 * A DOT double-quoted string whose text Graphviz shows exactly as given. DOT itself unescapes only \" in quoted strings;
 * labels, tooltips and ids are then read as escString, where \n \l \r \N \G \E \T \H \L are specials and \\ is a backslash,
 * and Graphviz also decodes HTML entities such as &amp; in them. So: & as &amp;, backslashes doubled, quotes as \",
 * every line break as \n (a centred line). Every string of the file, values included, is written this one way.
 */
export function dotString(text: string): string {
  // Characters SVG (XML 1.0) cannot carry, which Graphviz would copy into its SVG output as they are, are dropped.
  return `"${dropXmlForbidden(text)
    .replace(/&/g, '&amp;')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')}"`;
}

/**
 * An attribute list: the drawing attributes, then the record's fields (Graphviz keeps attributes it does not know and draws
 * nothing for them), leaving out any field whose name a drawing attribute already uses. Names are quoted too.
 */
function attributes(look: [string, Scalar][], data: [string, Scalar][]): string {
  const pairs = [...look, ...data.filter(([name]) => !look.some(([used]) => used === name))];
  return pairs.map(([name, value]) => `${dotString(name)}=${dotString(String(value))}`).join(', ');
}

export const dotFormat: ExportFormat = {
  id: 'dot',
  title: 'Graphviz DOT',
  use: 'Graphviz figures',
  extension: 'dot',
  mediaType: 'text/vnd.graphviz',
  write: (graph) => joinChunks(streamLines(dotLines(graph))),
  stream: (graph) => streamLines(dotLines(graph)),
};

/** The dot text line by line (each line written as it is made). */
function* dotLines(graph: ClaimGraph): Generator<string> {
  yield* [
    'digraph "claimgraph" {',
    '  graph [rankdir="LR", fontname="Helvetica"];',
    '  node [style="filled", fontname="Helvetica", fontsize="10", fontcolor="#ffffff", penwidth="0"];',
    '  edge [fontname="Helvetica", fontsize="8"];',
  ];
  for (const node of sortedNodes(graph)) {
    const style = NODE_STYLE[node.kind];
    const data = scalarFields('dot', `node "${node.id}"`, node, NODE_FIELD_ORDER, NODE_IDENTITY);
    const look: [string, Scalar][] = [
      ['label', node.label],
      ['shape', DOT_SHAPE[style.shape]],
      ['fillcolor', style.color],
      ...(node.kind === 'claim' && node.role === 'answer' ? ([['penwidth', '3'], ['color', '#111827']] as [string, Scalar][]) : []),
    ];
    yield `  ${dotString(node.id)} [${attributes(look, data)}];`;
  }
  for (const { key, edge } of sortedEdges(graph)) {
    const style = EDGE_STYLE[edge.kind];
    const data = scalarFields('dot', `edge "${key}"`, edge, EDGE_FIELD_ORDER, EDGE_IDENTITY);
    const look: [string, Scalar][] = [
      ['id', key],
      ['label', edge.kind],
      ['tooltip', edge.quote ? `${edge.kind}: ${edge.quote}` : edge.kind],
      ['color', style.color],
      ['fontcolor', style.color],
      ['penwidth', String(style.size)],
      // The curator's inference dashed, the brief's word solid.
      ...(isDashed(edge.basis) ? [['style', 'dashed'] as [string, Scalar]] : []),
    ];
    yield `  ${dotString(graph.source(key))} -> ${dotString(graph.target(key))} [${attributes(look, data)}];`;
  }
  yield '}';
}
