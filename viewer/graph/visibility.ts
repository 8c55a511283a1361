// Which nodes and edges the current filters keep: hidden kinds, and the focus neighbourhood of the selection.
import type { ClaimGraph } from '../../src/model/graph.js';
import { neighbourhood } from '../../src/query/neighbourhood.js';
import type { ViewState } from '../state/view-state.js';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

export function computeVisibility(graph: ClaimGraph, state: ViewState): Visibility {
  const hiddenNodeKinds = new Set<string>(state.hiddenNodeKinds);
  const hiddenEdgeKinds = new Set<string>(state.hiddenEdgeKinds);
  const focus =
    state.focus && state.selected && graph.hasNode(state.selected)
      ? new Set(neighbourhood(graph, state.selected, state.focus.depth, state.focus.direction))
      : null;
  const nodes = new Set<string>();
  graph.forEachNode((id, node) => {
    if (!hiddenNodeKinds.has(node.kind) && (!focus || focus.has(id))) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((id, edge, source, target) => {
    if (!hiddenEdgeKinds.has(edge.kind) && nodes.has(source) && nodes.has(target)) edges.add(id);
  });
  return { nodes, edges };
}
