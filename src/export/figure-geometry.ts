// The geometry shared by the figure exports (SVG, TikZ): the viewer's evidence-flow positions, in sorted node order.
import type { ClaimGraph } from '../model/graph.js';
import type { GraphNode } from '../model/schema.js';
import { evidenceFlowLayout } from '../layout/evidence-flow.js';
import { sortedEdges, sortedNodes, type KeyedEdge } from './order.js';

export interface PlacedNode {
  node: GraphNode;
  x: number;
  y: number;
}

export interface Figure {
  nodes: PlacedNode[];
  edges: KeyedEdge[];
  bounds: { minX: number; maxX: number; minY: number; maxY: number };
}

/** Positions in layout units, y growing downwards (as the layout gives them). */
export function figure(graph: ClaimGraph): Figure {
  const positions = evidenceFlowLayout(graph);
  const nodes = sortedNodes(graph).map((node) => ({ node, ...(positions.get(node.id) ?? { x: 0, y: 0 }) }));
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const bounds = nodes.length
    ? { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) }
    : { minX: 0, maxX: 0, minY: 0, maxY: 0 };
  return { nodes, edges: sortedEdges(graph), bounds };
}
