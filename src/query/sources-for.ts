// Which sources support a claim, directly or through claims that support it, each with its evidence path, and on
// whose word: a path of quoted edges only (the brief's) or one that crosses links the curator inferred (named).
import type { ClaimGraph } from '../model/graph.js';
import type { EdgeBasis, SourceNode } from '../model/schema.js';
import { compareCitations, expectNode, sourceRef, stepOf, type SourceRef, type Step } from './node-ref.js';
import { pathToStart, walkTyped, type Reached } from './walk.js';

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

/**
 * Every source that supports `claimId`: first those a path of quoted edges reaches (the shortest such path), then those
 * reached only through inferred links (the shortest path, naming its inferred edges); shortest first within each, then
 * by citation.
 */
export function sourcesFor(graph: ClaimGraph, claimId: string, options: SourcesForOptions = {}): SourceSupport[] {
  expectNode(graph, claimId, 'claim', 'sourcesFor');
  const quoted = walkTyped(graph, claimId, ['supports'], 'in', (edge) => edge.basis === 'quoted');
  const results: SourceSupport[] = collect(graph, quoted, 'quoted', options);
  if (!options.quotedOnly) {
    const all = walkTyped(graph, claimId, ['supports'], 'in');
    // Sources a quoted path reaches are listed once, on the brief's word.
    results.push(...collect(graph, all, 'inferred', options, quoted));
  }
  const rank = (s: SourceSupport) => (s.basis === 'quoted' ? 0 : 1);
  return results.sort((a, b) => rank(a) - rank(b) || a.path.length - b.path.length || compareCitations(a.source, b.source));
}

function collect(graph: ClaimGraph, reached: Map<string, Reached>, basis: EdgeBasis, options: SourcesForOptions, skip?: Map<string, Reached>): SourceSupport[] {
  const out: SourceSupport[] = [];
  for (const [id, { depth }] of reached) {
    if (depth === 0 || skip?.has(id)) continue;
    const node = graph.getNodeAttributes(id);
    if (node.kind !== 'source') continue;
    if (options.direct && depth !== 1) continue;
    const { nodes, edges } = pathToStart(graph, reached, id, 'in');
    const steps = edges.map((e) => stepOf(graph, e));
    out.push({
      source: sourceRef(node as SourceNode),
      direct: depth === 1,
      basis,
      path: nodes,
      steps,
      inferredLinks: steps.filter((s) => s.basis === 'inferred').map((s) => s.edge),
    });
  }
  return out;
}
