// A new graph holding only the given nodes (and the edges between them, or only the given edges).
import { createClaimGraph, type ClaimGraph } from '../model/graph.js';

/**
 * Nodes are added in the order of `nodes`, then the out-edges of each that end in the set: the cost is the part kept and
 * the edges leaving it (a hub at its edge brings all its out-edges to look at), not the whole graph. Pass nodes in graph
 * order (e.g. from `graph.filterNodes`) to keep the graph's order.
 */
export function subgraphOf(graph: ClaimGraph, nodes: ReadonlySet<string>, edges?: ReadonlySet<string> | ((key: string) => boolean)): ClaimGraph {
  const out = createClaimGraph({ ...graph.getAttributes() });
  for (const id of nodes) out.addNode(id, graph.getNodeAttributes(id));
  const keep = edges === undefined ? () => true : typeof edges === 'function' ? edges : (key: string) => edges.has(key);
  for (const id of nodes) {
    graph.forEachOutEdge(id, (key, edge, _source, target) => {
      if (nodes.has(target) && keep(key)) out.addDirectedEdgeWithKey(key, id, target, edge);
    });
  }
  return out;
}
