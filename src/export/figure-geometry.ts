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
  // A loop, not Math.min(...xs): spreading a few hundred thousand arguments overflows the stack.
  const bounds = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const { x, y } of nodes) {
    if (x < bounds.minX) bounds.minX = x;
    if (x > bounds.maxX) bounds.maxX = x;
    if (y < bounds.minY) bounds.minY = y;
    if (y > bounds.maxY) bounds.maxY = y;
  }
  if (nodes.length === 0) Object.assign(bounds, { minX: 0, maxX: 0, minY: 0, maxY: 0 });
  return { nodes, edges: sortedEdges(graph), bounds };
}
