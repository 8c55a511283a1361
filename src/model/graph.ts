// The typed graphology graph that a loaded dataset becomes.
import { MultiDirectedGraph } from 'graphology';
import type { DatasetMeta, GraphEdge, GraphNode } from './schema.js';

/** Node attributes are the validated node record; edge attributes the validated edge record. */
export type ClaimGraph = MultiDirectedGraph<GraphNode, GraphEdge, DatasetMeta>;

export function createClaimGraph(meta: DatasetMeta): ClaimGraph {
  const graph: ClaimGraph = new MultiDirectedGraph<GraphNode, GraphEdge, DatasetMeta>({ allowSelfLoops: false });
  graph.replaceAttributes(meta);
  return graph;
}
