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

const ORDERS = new WeakMap<object, Map<string, number>>();

/**
 * Each edge's place in the order the graph was built (the dataset's order: files list edges so, and a store's part is
 * built in that order), cached per graph and built again when the graph has changed.
 */
export function edgeOrder(graph: WalkGraph, edges: Iterable<string> = []): Map<string, number> {
  let order = ORDERS.get(graph);
  let stale = order === undefined || order.size !== graph.size;
  if (!stale) for (const edge of edges) if (!order!.has(edge)) stale = true;
  if (stale) {
    const fresh = new Map<string, number>();
    graph.forEachEdge((edge) => void fresh.set(edge, fresh.size));
    ORDERS.set(graph, fresh);
    order = fresh;
  }
  return order!;
}

/** The edges in the order the graph was built. */
export function inGraphOrder<T extends { edge: string }>(graph: WalkGraph, items: T[]): T[] {
  if (items.length < 2) return items;
  const order = edgeOrder(graph, items.map((i) => i.edge));
  return items.sort((a, b) => order.get(a.edge)! - order.get(b.edge)!);
}

/**
 * Walks from `start` against (`in`) or along (`out`) edges whose kind is in `kinds`, shortest first.
 * Returns every reached node, in the order reached, with its depth and the edge that reached it.
 *
 * A node's edges are taken in the order the graph was built (the dataset's order), not in graphology's, which groups
 * them by neighbour in the order each neighbour was first linked, by an edge of any kind. So among equally short paths
 * the walk picks one by the walked edges alone: edges of other kinds between the same nodes change nothing.
 *
 * Why a store may send only the reported paths (sourcePaths, obstaclePaths): walk a part P of the graph G that keeps
 * the tree paths of the nodes reported, built in G's order. Every node on those paths has the same depth in P as in G
 * (P is inside G, and keeps a shortest path to it). By induction on depth, such a node is also dequeued in the same
 * order relative to the others: its tree parent is in P and came first in G among its parents, P's other parents of it
 * are a subset of G's, and a parent's edges are taken in the same relative order in both. So each reported node is
 * reached through the same edge, and the answer is the same. Property tests in test/store-client.test.ts check it.
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
  let steps: { edge: string; next: string }[] = [];
  const collect = (edge: string, attributes: E, source: string, target: string) => {
    if (!wanted.has(attributes.kind) || (accept !== undefined && !accept(attributes))) return;
    const next = direction === 'in' ? source : target;
    if (!reached.has(next)) steps.push({ edge, next });
  };
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const depth = reached.get(node)!.depth + 1;
    steps = [];
    if (direction === 'in') graph.forEachInEdge(node, collect);
    else graph.forEachOutEdge(node, collect);
    for (const { edge, next } of inGraphOrder(graph, steps)) {
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

/** The nodes and edges of the paths from each of these nodes back to its walk's start (the start included). */
export function pathsToStart(graph: WalkGraph, start: string, ends: Iterable<{ walk: Map<string, Reached>; node: string }>, direction: 'in' | 'out'): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([start]);
  const edges = new Set<string>();
  for (const { walk, node } of ends) {
    const path = pathToStart(graph, walk, node, direction);
    for (const n of path.nodes) nodes.add(n);
    for (const e of path.edges) edges.add(e);
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
