// Breadth-first walks that follow only edges of given kinds, remembering for each node the edge that reached it.
// graphology-traversal follows every edge whatever its kind, so evidence walks (supports only) use this instead.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { ClaimGraph } from '../model/graph.js';
import type { EdgeKind } from '../model/schema.js';

/**
 * What a typed walk reads of a graph: each edge's kind (and whatever `accept` looks at). A ClaimGraph is one; so is
 * the bare structure a store sends before it sends texts (src/store/store-graph.ts).
 */
export type WalkGraph<E extends { kind: string } = { kind: string }> = AbstractGraph<Attributes, E>;

export interface Reached {
  /** Edges from the start: 0 for the start itself. */
  depth: number;
  /** The edge through which the node was first reached (undefined for the start). */
  via: string | undefined;
}

/**
 * Walks from `start` against (`in`) or along (`out`) edges whose kind is in `kinds`, shortest first.
 * Returns every reached node, in the order reached, with its depth and the edge that reached it.
 *
 * A node's edges are taken in the order of their keys, so among equally short paths the walk picks one that depends on
 * the walked edges alone: not on the order the graph was built in, nor on edges of other kinds between the same nodes
 * (graphology groups a node's edges by neighbour, in the order each neighbour was first linked). A store sends just the
 * walked edges, and its answers must pick the same paths.
 */
export function walkTyped<E extends { kind: string }>(
  graph: WalkGraph<E>,
  start: string,
  kinds: readonly EdgeKind[],
  direction: 'in' | 'out',
  /** Follow only the edges it accepts (e.g. only quoted ones). */
  accept?: (edge: E) => boolean,
): Map<string, Reached> {
  const reached = new Map<string, Reached>([[start, { depth: 0, via: undefined }]]);
  const queue = [start];
  const wanted = new Set<string>(kinds);
  const steps: [edge: string, next: string][] = [];
  const collect = (edge: string, attributes: E, source: string, target: string) => {
    if (!wanted.has(attributes.kind) || (accept !== undefined && !accept(attributes))) return;
    const next = direction === 'in' ? source : target;
    if (!reached.has(next)) steps.push([edge, next]);
  };
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const depth = reached.get(node)!.depth + 1;
    steps.length = 0;
    if (direction === 'in') graph.forEachInEdge(node, collect);
    else graph.forEachOutEdge(node, collect);
    if (steps.length > 1) steps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [edge, next] of steps) {
      if (reached.has(next)) continue;
      reached.set(next, { depth, via: edge });
      queue.push(next);
    }
  }
  return reached;
}

/** The chain of edges from `node` back to the walk's start, in walk order reversed (node first). */
export function pathToStart(graph: WalkGraph, reached: Map<string, Reached>, node: string, direction: 'in' | 'out'): { nodes: string[]; edges: string[] } {
  const nodes = [node];
  const edges: string[] = [];
  let current = node;
  for (let via = reached.get(current)?.via; via !== undefined; via = reached.get(current)?.via) {
    edges.push(via);
    current = direction === 'in' ? graph.target(via) : graph.source(via);
    nodes.push(current);
  }
  return { nodes, edges };
}

export interface WithinOptions {
  /** Largest number of edges from the start. */
  depth: number;
  direction: 'in' | 'out' | 'both';
  /** Follow only edges of these kinds, into nodes of these kinds. */
  edgeKinds: ReadonlySet<string>;
  nodeKinds: ReadonlySet<string>;
}

/**
 * The nodes within `depth` edges of `start` over the given edge and node kinds, in breadth-first order (the start
 * first). Touches only what it reaches, so a small neighbourhood of a large graph costs little.
 */
export function walkWithin(graph: ClaimGraph, start: string, options: WithinOptions): Set<string> {
  const { depth, direction, edgeKinds, nodeKinds } = options;
  const reached = new Set<string>([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    const visit = (_edge: string, attributes: { kind: string }, source: string, target: string, sourceAttributes: { kind: string }, targetAttributes: { kind: string }) => {
      if (!edgeKinds.has(attributes.kind)) return;
      for (const [other, otherAttributes] of [[source, sourceAttributes], [target, targetAttributes]] as const) {
        if (reached.has(other) || !nodeKinds.has(otherAttributes.kind)) continue;
        reached.add(other);
        next.push(other);
      }
    };
    for (const node of frontier) {
      if (direction !== 'out') graph.forEachInEdge(node, visit);
      if (direction !== 'in') graph.forEachOutEdge(node, visit);
    }
    frontier = next;
  }
  return reached;
}
