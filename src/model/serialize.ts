// Turns a graph back into the dataset file format (the inverse of the loader), in a stable order.
import type { ClaimGraph } from './graph.js';
import type { DatasetFile, GraphEdge, GraphNode } from './schema.js';

/** The graph as one dataset file: meta, then nodes and edges in graph order. */
export function toDatasetFile(graph: ClaimGraph, schemaPath?: string): DatasetFile {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  graph.forEachNode((_id, node) => void nodes.push(node));
  graph.forEachEdge((_id, edge) => void edges.push(edge));
  const file: DatasetFile = { dataset: { ...graph.getAttributes() }, nodes, edges };
  return schemaPath === undefined ? file : { $schema: schemaPath, ...file };
}
