// A new graph holding only the given nodes (and the edges between them, or only the given edges); and what a part must
// carry to stand on its own: the briefs its nodes belong to, and the work each identified source refers to.
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

/**
 * The nodes with what they cannot stand without: the brief each belongs to (its namespace), and the work each source
 * refers to, with that refers-to edge (the document a citation is). Returns the nodes added, and the refers-to edges
 * to keep; a part closed so satisfies every rule of the loader that the whole did.
 */
export function withIdentity(graph: ClaimGraph, nodes: Set<string>): { added: string[]; edges: string[] } {
  const added: string[] = [];
  const edges: string[] = [];
  for (const id of [...nodes]) {
    const node = graph.getNodeAttributes(id);
    const brief = 'brief' in node ? node.brief : undefined;
    if (brief !== undefined && graph.hasNode(brief) && !nodes.has(brief)) {
      nodes.add(brief);
      added.push(brief);
    }
    if (node.kind !== 'source') continue;
    graph.forEachOutEdge(id, (key, edge, _from, to) => {
      if (edge.kind !== 'refers-to') return;
      edges.push(key);
      if (!nodes.has(to)) {
        nodes.add(to);
        added.push(to);
      }
    });
  }
  return { added, edges };
}
