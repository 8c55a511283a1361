// The bare structure of a claim's evidence as a store sends it (edgeStructureQuery's rows: each edge's ends, IRI,
// basis and place in the dataset, without texts), as a graph sourcePaths and obstaclePaths can walk. Edges go in in
// dataset order, as graphFromRdf adds them: walks take a node's edges in the order the graph was built, so they meet
// them here as on the local files.
import { MultiDirectedGraph } from 'graphology';
import { compareDatasetOrder } from '../export/rdf/read-triples.js';
import { edgeKeyOfIri } from '../export/rdf/triples.js';
import { NODE_BASE } from '../export/rdf/vocabulary.js';
import { EDGE_BASES, nodeKindOfId, type EdgeBasis, type EdgeKind } from '../model/schema.js';
import type { EvidenceGraph } from '../query/sources-for.js';
import { StoreError } from './http-client.js';
import { cellText, type Binding } from './tsv-results.js';

interface Row {
  kind: EdgeKind;
  from: string;
  to: string;
  key: string;
  basis: EdgeBasis;
  position: number;
}

const nodeId = (text: string | undefined) => (text !== undefined && text.startsWith(NODE_BASE) ? text.slice(NODE_BASE.length) : undefined);

function rowOf(kind: EdgeKind, binding: Binding, what: string): Row {
  const from = nodeId(cellText(binding.from));
  const to = nodeId(cellText(binding.to));
  const key = edgeKeyOfIri(cellText(binding.edge) ?? '');
  const basis = cellText(binding.basis) as EdgeBasis;
  if (from === undefined || to === undefined || key === undefined || !EDGE_BASES.includes(basis)) {
    throw new StoreError(`${what}: the store holds a ${kind} edge without its ends, IRI or basis (${JSON.stringify(cellText(binding.edge) ?? cellText(binding.to) ?? '?')})`, 'data');
  }
  const position = Number(cellText(binding.position) ?? Number.NaN);
  return { kind, from, to, key, basis, position: Number.isFinite(position) ? position : Number.POSITIVE_INFINITY };
}

/** The claim and the edges of each part (rows of one kind each), with each node's kind (read from its id) and each edge's basis. */
export function evidenceStructure(claim: string, parts: readonly { kind: EdgeKind; rows: readonly Binding[] }[], what: string): EvidenceGraph {
  const graph: EvidenceGraph = new MultiDirectedGraph<{ kind: string }, { kind: string; basis: EdgeBasis }>();
  const node = (id: string) => graph.mergeNode(id, { kind: nodeKindOfId(id) ?? 'unknown' });
  node(claim);
  const edges = parts.flatMap(({ kind, rows }) => rows.map((binding) => rowOf(kind, binding, what))).sort((a, b) => compareDatasetOrder(a.position, a.key, b.position, b.key));
  for (const edge of edges) {
    if (edge.from === edge.to || graph.hasEdge(edge.key)) continue;
    node(edge.from);
    node(edge.to);
    graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, { kind: edge.kind, basis: edge.basis });
  }
  return graph;
}
