// Which sources support a claim, directly or through claims that support it, each with its evidence path, and on
// whose word: a path of quoted edges only (the brief's) or one that crosses links the curator inferred (named).
import type { ClaimGraph } from '../model/graph.js';
import type { EdgeBasis, SourceNode } from '../model/schema.js';
import { compareCitations, expectNode, sourceRef, stepOf, type SourceRef, type Step } from './node-ref.js';
import { pathsToStart, pathToStart, walkTyped, type Reached, type WalkGraph } from './walk.js';

export interface SourceSupport {
  source: SourceRef;
  /** True when the source supports the claim itself. */
  direct: boolean;
  /** quoted: every edge of the path is quoted (the brief's word); inferred: the path crosses a curator's link. */
  basis: EdgeBasis;
  /** Node ids from the source to the claim: `source -> claim -> ... -> claimId`. */
  path: string[];
  /** The supports edges along the path, with their basis, quotes and notes, in path order. */
  steps: Step[];
  /** Keys of the inferred edges the path crosses (empty when `basis` is quoted). */
  inferredLinks: string[];
}

export interface SourcesForOptions {
  /** Only the sources that support the claim itself. */
  direct?: boolean;
  /** Only the sources reached by quoted edges alone: what the brief itself says. */
  quotedOnly?: boolean;
}

/** What sourcesFor walks: supports edges with their basis, nodes with their kind (a ClaimGraph, or a store's structure). */
export type EvidenceGraph = WalkGraph<{ kind: string; basis: EdgeBasis }>;

interface Reaching {
  id: string;
  depth: number;
  basis: EdgeBasis;
  /** The walk whose edges give the path. */
  walk: Map<string, Reached>;
}

/** The sources the walks reach, in the order reached: by quoted edges first, then only through inferred ones. */
function reachingSources(graph: EvidenceGraph, claimId: string, options: SourcesForOptions): Reaching[] {
  const quoted = walkTyped(graph, claimId, ['supports'], 'in', (edge) => edge.basis === 'quoted');
  const out: Reaching[] = [];
  const collect = (walk: Map<string, Reached>, basis: EdgeBasis, skip?: Map<string, Reached>) => {
    for (const [id, { depth }] of walk) {
      if (depth === 0 || skip?.has(id) || graph.getNodeAttribute(id, 'kind') !== 'source') continue;
      if (options.direct && depth !== 1) continue;
      out.push({ id, depth, basis, walk });
    }
  };
  collect(quoted, 'quoted');
  // Sources a quoted path reaches are listed once, on the brief's word.
  if (!options.quotedOnly) collect(walkTyped(graph, claimId, ['supports'], 'in'), 'inferred', quoted);
  return out;
}

/**
 * The nodes and edges of every path sourcesFor reports for `claimId`, read from the graph's structure alone: what a
 * store sends in full so that sourcesFor, run on just those, answers as on the whole graph (a breadth-first walk over a
 * part that keeps each reported path picks the same paths; walkTyped in ./walk.ts says why).
 */
export function sourcePaths(graph: EvidenceGraph, claimId: string, options: SourcesForOptions = {}): { nodes: Set<string>; edges: Set<string> } {
  return pathsToStart(graph, claimId, reachingSources(graph, claimId, options).map(({ id, walk }) => ({ walk, node: id })), 'in');
}

/**
 * Every source that supports `claimId`: first those a path of quoted edges reaches (the shortest such path), then those
 * reached only through inferred links (the shortest path, naming its inferred edges); shortest first within each, then
 * by citation.
 */
export function sourcesFor(graph: ClaimGraph, claimId: string, options: SourcesForOptions = {}): SourceSupport[] {
  expectNode(graph, claimId, 'claim', 'sourcesFor');
  const results = reachingSources(graph, claimId, options).map(({ id, depth, basis, walk }): SourceSupport => {
    const { nodes, edges } = pathToStart(graph, walk, id, 'in');
    const steps = edges.map((e) => stepOf(graph, e));
    return {
      source: sourceRef(graph.getNodeAttributes(id) as SourceNode),
      direct: depth === 1,
      basis,
      path: nodes,
      steps,
      inferredLinks: steps.filter((s) => s.basis === 'inferred').map((s) => s.edge),
    };
  });
  const rank = (s: SourceSupport) => (s.basis === 'quoted' ? 0 : 1);
  return results.sort((a, b) => rank(a) - rank(b) || a.path.length - b.path.length || compareCitations(a.source, b.source));
}
