// Subgraph extraction: the part of a graph within N hops of a focus, following only the chosen node and edge kinds.
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../model/schema.js';
import type { ClaimGraph } from '../model/graph.js';
import { DIRECTIONS, type Direction } from './neighbourhood.js';
import { walkWithin } from './walk.js';
import { subgraphOf, withIdentity } from './subgraph-of.js';

export interface SubgraphOptions {
  /** The node to start from; without it, every node of the kinds kept. */
  focus?: string;
  /** Hops from the focus (default: unlimited). */
  depth?: number;
  /** Node kinds kept (default: all). */
  nodeKinds?: readonly NodeKind[];
  /** Edge kinds kept and followed (default: all). */
  edgeKinds?: readonly EdgeKind[];
  /** Follow edges into the focus, out of it, or both ways (default: both). */
  direction?: Direction;
}

/**
 * A new graph: the nodes of the kinds kept that the focus reaches within `depth` hops over edges of the kinds kept
 * (in `direction`), and the kept edges between them; and, whatever the kinds, the brief of each node and the work each
 * source refers to (./subgraph-of.ts `withIdentity`). Node and edge attributes and the dataset meta are copied as they
 * are, so the result satisfies every rule the source graph did (endpoint kinds, no cycles, no dangling edge).
 */
export function subgraph(graph: ClaimGraph, options: SubgraphOptions = {}): ClaimGraph {
  const { focus, depth = Number.POSITIVE_INFINITY, direction = 'both' } = options;
  const nodeKinds = new Set<string>(checkKinds('nodeKinds', options.nodeKinds, NODE_KINDS));
  const edgeKinds = new Set<string>(checkKinds('edgeKinds', options.edgeKinds, EDGE_KINDS));
  if (!(depth === Number.POSITIVE_INFINITY || (Number.isInteger(depth) && depth >= 0))) throw new Error(`claimgraph/subgraph: depth must be a whole number ≥ 0, got ${depth}`);
  if (!DIRECTIONS.includes(direction)) throw new Error(`claimgraph/subgraph: direction must be one of ${DIRECTIONS.join(', ')}, got "${direction}"`);
  if (focus !== undefined) {
    if (typeof focus !== 'string' || !graph.hasNode(focus)) throw new Error(`claimgraph/subgraph: no node "${String(focus)}" in the graph`);
    const node = graph.getNodeAttributes(focus);
    if (!nodeKinds.has(node.kind)) throw new Error(`claimgraph/subgraph: the focus "${focus}" is a ${node.kind}, a kind the options leave out`);
  }
  const reach = focus === undefined ? new Set(graph.filterNodes((_id, node) => nodeKinds.has(node.kind))) : walkWithin(graph, focus, { depth: Math.min(depth, graph.order), direction, edgeKinds, nodeKinds });
  // A part carries its briefs and its sources' works whatever the kinds asked for: without them it would not load.
  const identity = new Set(withIdentity(graph, reach).edges);
  const keepEdge = (key: string) => edgeKinds.has(graph.getEdgeAttribute(key, 'kind')) || identity.has(key);
  return subgraphOf(graph, reach, keepEdge);
}

function checkKinds<K extends string>(name: string, given: readonly K[] | undefined, all: readonly K[]): readonly K[] {
  if (given === undefined) return all;
  if (!Array.isArray(given)) throw new TypeError(`claimgraph/subgraph: ${name} must be an array of kinds`);
  const unknown = given.filter((k) => !all.includes(k));
  if (unknown.length > 0) throw new Error(`claimgraph/subgraph: unknown ${name === 'nodeKinds' ? 'node' : 'edge'} kind ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${all.join(', ')})`);
  return given;
}
