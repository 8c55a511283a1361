// The nodes within N hops of a focus node, following edges in, out or both ways (graphology-traversal's BFS).
import { bfsFromNode } from 'graphology-traversal';
import type { ClaimGraph } from '../model/graph.js';

export type Direction = 'in' | 'out' | 'both';
export const DIRECTIONS: readonly Direction[] = ['in', 'out', 'both'];

const MODES = { in: 'inbound', out: 'outbound', both: 'directed' } as const;

/** Ids of the nodes at most `depth` edges from `focus` (the focus included), in BFS order. */
export function neighbourhood(graph: ClaimGraph, focus: string, depth: number, direction: Direction = 'both'): string[] {
  if (!graph.hasNode(focus)) throw new Error(`claimgraph/neighbourhood: no node "${focus}" in the graph`);
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`claimgraph/neighbourhood: depth must be a whole number ≥ 0, got ${depth}`);
  if (!(direction in MODES)) throw new Error(`claimgraph/neighbourhood: direction must be one of ${DIRECTIONS.join(', ')}`);
  const out: string[] = [];
  bfsFromNode(graph, focus, (node, _attributes, d) => {
    out.push(node);
    return d >= depth;
  }, { mode: MODES[direction] });
  return out;
}
