// The graph of dataset files as they stand, without the loader's checks: for the importer, which reads a corpus's top
// level to see what it holds (works, ids, the brief it updates) and then validates the whole result once, before any
// write. A file that is not JSON, a node without an id or an edge without its ends is skipped here, and refused there.
import { createClaimGraph, type ClaimGraph } from '../model/graph.js';
import { edgeKey, type DatasetMeta, type GraphEdge, type GraphNode } from '../model/schema.js';
import type { DatasetText } from './build-graph.js';

export function uncheckedGraph(files: readonly DatasetText[], defaultTitle: string): ClaimGraph {
  const parsed = files.flatMap((file) => {
    try {
      const value = JSON.parse(file.text.replace(/^\uFEFF/, '')) as { dataset?: DatasetMeta; nodes?: unknown; edges?: unknown };
      return value !== null && typeof value === 'object' ? [value] : [];
    } catch {
      return [];
    }
  });
  const graph = createClaimGraph(parsed.find((f) => f.dataset)?.dataset ?? { title: defaultTitle });
  for (const file of parsed) {
    for (const node of Array.isArray(file.nodes) ? (file.nodes as GraphNode[]) : []) {
      if (typeof node?.id === 'string' && !graph.hasNode(node.id)) graph.addNode(node.id, node);
    }
  }
  for (const file of parsed) {
    for (const edge of Array.isArray(file.edges) ? (file.edges as GraphEdge[]) : []) {
      if (typeof edge?.from !== 'string' || typeof edge.to !== 'string' || !graph.hasNode(edge.from) || !graph.hasNode(edge.to)) continue;
      const key = edgeKey(edge);
      if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, edge.from, edge.to, edge);
    }
  }
  return graph;
}
