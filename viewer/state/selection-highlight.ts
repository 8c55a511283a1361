// What a selection highlights: for a claim, its evidence paths and the obstacles that explain it; for any node, its own edges.
import type { ClaimGraph } from '../../src/model/graph.js';
import { obstaclesFor } from '../../src/query/obstacles-for.js';
import { sourcesFor } from '../../src/query/sources-for.js';

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/** At most this many evidence paths are highlighted (the shortest first): a broad claim of a large graph has thousands. */
export const MAX_HIGHLIGHT_PATHS = 150;

/** `paths: false` (large graphs) highlights the node's own edges only: a broad claim's paths take seconds to find there. */
export function selectionHighlight(graph: ClaimGraph, id: string, options: { paths?: boolean } = {}): Highlight {
  const nodes = new Set([id]);
  const edges = new Set<string>();
  if (options.paths !== false && graph.getNodeAttribute(id, 'kind') === 'claim') {
    for (const s of sourcesFor(graph, id).slice(0, MAX_HIGHLIGHT_PATHS)) {
      s.path.forEach((n) => nodes.add(n));
      s.steps.forEach((step) => edges.add(step.edge));
    }
    for (const o of obstaclesFor(graph, id, { direct: true })) {
      nodes.add(o.obstacle.id);
      edges.add(o.explains.edge);
    }
  }
  let own = 0;
  graph.forEachEdge(id, (edge, _a, source, target) => {
    if (own++ >= MAX_HIGHLIGHT_PATHS * 2) return;
    nodes.add(source);
    nodes.add(target);
    edges.add(edge);
  });
  return { nodes, edges };
}

/** The claim the graph answers its question with (the first answer claim), if any. */
export function answerClaim(graph: ClaimGraph): string | null {
  return graph.findNode((_id, node) => node.kind === 'claim' && node.role === 'answer') ?? null;
}
