// A Mermaid flowchart for Markdown documents (GitHub, GitLab, Obsidian, mkdocs): nodes as n0, n1, ..., classes and colours by kind, edges labelled by kind.
import { isDashed } from '../../style/basis.js';
import { NODE_KINDS, type EdgeKind, type NodeKind } from '../../model/schema.js';
import type { ClaimGraph } from '../../model/graph.js';
import { EDGE_STYLE, NODE_STYLE } from '../../style/kinds.js';
import { shortIds, sortedEdges, sortedNodes } from '../order.js';
import { joinChunks, streamLines } from '../chunks.js';
import type { ExportFormat } from '../types.js';

/** ASCII that never means anything to Mermaid inside a quoted label. */
const PLAIN_ASCII = /^[A-Za-z0-9 ,.!?'+=/-]$/;

/**
 * Text for a Mermaid label written as `id["..."]`. Mermaid turns `#NNN;` (decimal) and `#quot;` into characters when it
 * draws, so every character it could read as syntax, HTML or math is written that way: `"` as `#quot;`, and every
 * other ASCII character except letters, digits, space and , . ! ? ' + = / - as `#NNN;` (among them # ; : < > & | [ ] { } ( ) `
 * $ % \ * _ ~ ^ @ and control characters). A line feed becomes `<br>`, Mermaid's line break (a \r before it stays, as
 * `#13;`); the line and paragraph separators U+2028/U+2029, C1 controls and lone surrogates are codes too. All other
 * non-ASCII text is left as it is. Decoding is exact: `<br>` -> line feed, `#quot;` -> ", `#NNN;` -> that code point.
 * (`:` is coded as well because Mermaid strips the `;` of an entity after `style...:` or `classDef...:` on a line.)
 */
export function mermaidText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '#quot;';
    else if (char === '\n') out += '<br>';
    else if (code < 0x80 ? PLAIN_ASCII.test(char) : code >= 0xa0 && code !== 0x2028 && code !== 0x2029 && (code < 0xd800 || code > 0xdfff)) out += char;
    else out += `#${code};`;
  }
  return out;
}

/** Mermaid colours: `fill:#...,stroke:#...,color:#fff`; the values come from the style table, never from the data. */
const nodeClass = (kind: NodeKind) => `fill:${NODE_STYLE[kind].color},stroke:${NODE_STYLE[kind].color},color:#ffffff`;

export const mermaidFormat: ExportFormat = {
  id: 'mermaid',
  title: 'Mermaid flowchart',
  use: 'Markdown documents',
  extension: 'mmd',
  mediaType: 'text/plain',
  write: (graph) => joinChunks(streamLines(mermaidLines(graph))),
  stream: (graph) => streamLines(mermaidLines(graph)),
};

/** The mermaid text line by line (each line written as it is made). */
function* mermaidLines(graph: ClaimGraph): Generator<string> {
  const ids = shortIds(graph);
  const id = (node: string) => ids.get(node)!;
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  yield 'flowchart LR';
  for (const node of nodes) yield `  ${id(node.id)}["${mermaidText(node.label)}"]`;
  // A dotted arrow (-.->) for the curator's inference, a solid one for the brief's word.
  for (const { key, edge } of edges) yield `  ${id(graph.source(key))} ${isDashed(edge.basis) ? '-.->' : '-->'}|"${mermaidText(edge.kind)}"| ${id(graph.target(key))}`;
  for (const kind of NODE_KINDS) {
    const members = nodes.filter((node) => node.kind === kind).map((node) => id(node.id));
    if (members.length === 0) continue;
    yield* [`  classDef ${kind} ${nodeClass(kind)}`, `  class ${members.join(',')} ${kind}`];
  }
  // Edge colours: linkStyle takes the edges' positions in the file (0 = first edge line).
  const byKind = new Map<EdgeKind, number[]>();
  edges.forEach(({ edge }, i) => {
    const positions = byKind.get(edge.kind);
    if (positions) positions.push(i);
    else byKind.set(edge.kind, [i]);
  });
  for (const [kind, positions] of [...byKind].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    yield `  linkStyle ${positions.join(',')} stroke:${EDGE_STYLE[kind].color},stroke-width:${EDGE_STYLE[kind].size}px`;
  }
}
