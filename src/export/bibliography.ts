// The bibliography of a graph: one entry per work (however many briefs cite it), and one per source that points to no
// work in the graph, with its citation key and what both BibTeX and CSL-JSON write. An entry with no title of its own
// (a source nobody identified, a work known without one) has none: what it is goes in `genre`, never in `title`.
import type { ClaimGraph } from '../model/graph.js';
import { naturalCompare } from '../model/natural-order.js';
import type { BriefNode, SourceNode, WorkNode } from '../model/schema.js';
import { citationKeys } from './citation-keys.js';
import { cslTypeOf, type CslType } from './reference-types.js';

export interface BibEntry {
  key: string;
  /** The work, or the source that points to no work in the graph. */
  node: WorkNode | SourceNode;
  type: CslType;
  /** The document's own title; absent when it has none. */
  title?: string;
  /** What the entry is, when it has no title (CSL `genre`, BibTeX `type`): rendered plain, not as a title. */
  genre?: string;
  /** The markers that cite it, e.g. `[1]` of a brief, in brief and marker order. */
  citedAs: { brief: string; citation: string }[];
  /** What a reader must know: how the entry is known and identified. */
  note: string;
}

const briefLabel = (graph: ClaimGraph, id: string) => (graph.hasNode(id) ? (graph.getNodeAttributes(id) as BriefNode).label : id);

export function bibliography(graph: ClaimGraph): BibEntry[] {
  const keys = citationKeys(graph);
  const citing = new Map<string, SourceNode[]>();
  graph.forEachEdge((_key, edge, from, to) => {
    if (edge.kind !== 'refers-to') return;
    const list = citing.get(to) ?? [];
    list.push(graph.getNodeAttributes(from) as SourceNode);
    citing.set(to, list);
  });
  const order = (a: SourceNode, b: SourceNode) => (a.brief < b.brief ? -1 : a.brief > b.brief ? 1 : naturalCompare(a.citation, b.citation));
  const entries = [...keys.byNode].map(([id, key]): BibEntry => {
    const node = graph.getNodeAttributes(id) as WorkNode | SourceNode;
    if (node.kind === 'source') {
      const brief = briefLabel(graph, node.brief);
      const known =
        node.identification === 'stated'
          ? `Known only from the brief, which cites it as [${node.citation}]; not identified further.`
          : `The brief's [${node.citation}]; the work it refers to is not in this export.`;
      return {
        key,
        node,
        type: cslTypeOf(node),
        genre: `Source [${node.citation}] of the brief “${brief}”, not identified`,
        citedAs: [{ brief: node.brief, citation: node.citation }],
        note: node.description ? `${known} ${node.description}` : known,
      };
    }
    const sources = (citing.get(id) ?? []).sort(order);
    const cited = sources.map((s) => `${s.identification === 'verified' ? 'Verified' : 'Candidate'} identification of the brief's [${s.citation}]${graph.hasNode(s.brief) && briefCount(graph) > 1 ? ` (${briefLabel(graph, s.brief)})` : ''}: ${s.evidence ?? ''}`.trim());
    const known = sources.length > 0 ? cited.join(' ') : `Added by the curator (cited by no brief): ${node.provenance ?? ''}`.trim();
    return {
      key,
      node,
      type: cslTypeOf(node),
      ...(node.title ? { title: node.title } : { genre: node.label }),
      citedAs: sources.map((s) => ({ brief: s.brief, citation: s.citation })),
      note: node.description ? `${known} ${node.description}` : known,
    };
  });
  // Cited entries first, in brief and marker order of their first citation; then the works no brief cites, by key.
  return entries.sort((a, b) => {
    const x = a.citedAs[0];
    const y = b.citedAs[0];
    if (x && y) return (x.brief < y.brief ? -1 : x.brief > y.brief ? 1 : naturalCompare(x.citation, y.citation)) || (a.key < b.key ? -1 : 1);
    if (x || y) return x ? -1 : 1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}

const BRIEF_COUNTS = new WeakMap<ClaimGraph, number>();
function briefCount(graph: ClaimGraph): number {
  let n = BRIEF_COUNTS.get(graph);
  if (n === undefined) {
    n = graph.filterNodes((_id, node) => node.kind === 'brief').length;
    BRIEF_COUNTS.set(graph, n);
  }
  return n;
}
