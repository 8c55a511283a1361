// One brief of a corpus as a graph of its own: its question, claims and sources, and what of the shared library they
// touch (obstacles and their wholes, the pipeline's stages, the works its sources cite and the works those draw on, the
// figures those works report, and the works and figures its research notes quote). Every query run on it answers for
// that brief alone: `--brief` on the command.
import { documentsOfBrief } from '../corpus/brief-documents.js';
import { briefOf } from '../model/brief-of.js';
import type { ClaimGraph } from '../model/graph.js';
import type { GraphNode } from '../model/schema.js';
import { subgraphOf } from './subgraph-of.js';

/** `brief:<name>` from a name or an id. */
export function briefId(nameOrId: string): string {
  return nameOrId.startsWith('brief:') ? nameOrId : `brief:${nameOrId}`;
}

/** The ids of the briefs of a graph, sorted. */
export function briefIds(graph: ClaimGraph): string[] {
  return graph.filterNodes((_id, node) => node.kind === 'brief').sort();
}

/**
 * The part of the graph one brief sees. Throws when the graph holds no node of that brief. Works on a store's part too:
 * the brief's nodes are found by their `brief` field, so the brief node itself need not be there.
 */
export function briefView(graph: ClaimGraph, brief: string): ClaimGraph {
  if (typeof brief !== 'string' || brief === '') throw new TypeError('claimgraph/briefView: expected a brief id or name');
  const id = briefId(brief);
  const nodes = new Set<string>();
  graph.forEachNode((key, node) => {
    if (briefOf(node) === id) nodes.add(key);
  });
  if (nodes.size === 0) {
    const known = briefIds(graph);
    throw new Error(`claimgraph/briefView: no brief "${id}" in the graph${known.length ? ` (briefs: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', …' : ''})` : ''}`);
  }
  const add: string[] = [];
  const take = (key: string, node: GraphNode) => {
    if (nodes.has(key) || briefOf(node) !== undefined) return;
    nodes.add(key);
    add.push(key);
  };
  // What the brief's nodes touch of the library: obstacles they explain or document, works they cite, figures.
  for (const key of [...nodes]) graph.forEachNeighbor(key, (other, attributes) => take(other, attributes));
  // What its documents say of the library: the works and figures its research notes quote (a `reports` edge).
  const quoted = documentsOfBrief(graph, id);
  if (quoted.size > 0) {
    graph.forEachEdge((_e, edge, from, to, fromAttributes, toAttributes) => {
      if (edge.document === undefined || !quoted.has(edge.document)) return;
      take(from, fromAttributes);
      take(to, toAttributes);
    });
  }
  // Then the library's own links out of those: an obstacle's wholes and stages, a work's sources and figures, a
  // figure's stages. Never back into another brief (take refuses brief-scoped nodes).
  for (let i = 0; i < add.length; i++) {
    const key = add[i]!;
    const kind = graph.getNodeAttribute(key, 'kind');
    graph.forEachOutEdge(key, (_e, edge, _from, to, _fa, toAttributes) => {
      if ((kind === 'obstacle' && (edge.kind === 'part-of' || edge.kind === 'hinders')) || (kind === 'work' && (edge.kind === 'derives-from' || edge.kind === 'reports')) || (kind === 'figure' && edge.kind === 'measures')) {
        take(to, toAttributes);
      }
    });
  }
  // The whole pipeline: stages are few, and a funnel needs every one.
  graph.forEachNode((key, node) => {
    if (node.kind === 'stage' && node.brief === undefined) take(key, node);
  });
  return subgraphOf(graph, new Set(graph.filterNodes((key) => nodes.has(key))));
}
