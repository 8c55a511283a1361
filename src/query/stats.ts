// Counts of a graph's nodes and edges by kind.
import type { ClaimGraph } from '../model/graph.js';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../model/schema.js';

export interface GraphStats {
  title: string;
  nodes: number;
  edges: number;
  nodesByKind: Record<NodeKind, number>;
  edgesByKind: Record<EdgeKind, number>;
}

export function stats(graph: ClaimGraph): GraphStats {
  const nodesByKind = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  const edgesByKind = Object.fromEntries(EDGE_KINDS.map((k) => [k, 0])) as Record<EdgeKind, number>;
  graph.forEachNode((_id, node) => void nodesByKind[node.kind]++);
  graph.forEachEdge((_id, edge) => void edgesByKind[edge.kind]++);
  return { title: graph.getAttribute('title'), nodes: graph.order, edges: graph.size, nodesByKind, edgesByKind };
}
