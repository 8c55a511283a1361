// A stable order for exports, so the same graph always gives the same bytes: nodes by id, edges by key.
import type { ClaimGraph } from '../model/graph.js';
import type { GraphEdge, GraphNode } from '../model/schema.js';

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortedNodes(graph: ClaimGraph): GraphNode[] {
  return graph
    .nodes()
    .sort(byCode)
    .map((id) => graph.getNodeAttributes(id));
}

export interface KeyedEdge {
  key: string;
  edge: GraphEdge;
}

export function sortedEdges(graph: ClaimGraph): KeyedEdge[] {
  return graph
    .edges()
    .sort(byCode)
    .map((key) => ({ key, edge: graph.getEdgeAttributes(key) }));
}

/** Node ids as short safe names (`n0`, `n1`, ... in id order), for formats whose identifiers cannot hold `:` or `-`. */
export function shortIds(graph: ClaimGraph): Map<string, string> {
  return new Map(graph.nodes().sort(byCode).map((id, i) => [id, `n${i}`]));
}
