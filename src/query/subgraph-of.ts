// A new graph holding only the given nodes (and the edges between them, or only the given edges).
import { createClaimGraph, type ClaimGraph } from '../model/graph.js';

export function subgraphOf(graph: ClaimGraph, nodes: ReadonlySet<string>, edges?: ReadonlySet<string>): ClaimGraph {
  const out = createClaimGraph({ ...graph.getAttributes() });
  graph.forEachNode((id, node) => {
    if (nodes.has(id)) out.addNode(id, node);
  });
  graph.forEachEdge((key, edge, source, target) => {
    if (nodes.has(source) && nodes.has(target) && (!edges || edges.has(key))) out.addDirectedEdgeWithKey(key, source, target, edge);
  });
  return out;
}
