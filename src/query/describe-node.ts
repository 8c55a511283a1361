// One node with every edge in and out of it and the nodes at their other ends.
import type { ClaimGraph } from '../model/graph.js';
import type { GraphNode } from '../model/schema.js';
import { nodeRef, stepOf, type NodeRef, type Step } from './node-ref.js';

export interface NodeDescription {
  node: GraphNode;
  incoming: { step: Step; node: NodeRef }[];
  outgoing: { step: Step; node: NodeRef }[];
}

export function describeNode(graph: ClaimGraph, id: string): NodeDescription {
  if (!graph.hasNode(id)) throw new Error(`claimgraph/describeNode: no node "${id}" in the graph`);
  const incoming: NodeDescription['incoming'] = [];
  const outgoing: NodeDescription['outgoing'] = [];
  graph.forEachInEdge(id, (edge, _a, source) => incoming.push({ step: stepOf(graph, edge), node: nodeRef(graph, source) }));
  graph.forEachOutEdge(id, (edge, _a, _s, target) => outgoing.push({ step: stepOf(graph, edge), node: nodeRef(graph, target) }));
  return { node: graph.getNodeAttributes(id), incoming, outgoing };
}
