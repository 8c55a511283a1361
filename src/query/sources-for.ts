// Which sources support a claim, directly or through claims that support it, each with its shortest evidence path.
import type { ClaimGraph } from '../model/graph.js';
import type { SourceNode } from '../model/schema.js';
import { compareCitations, expectNode, sourceRef, stepOf, type SourceRef, type Step } from './node-ref.js';
import { pathToStart, walkTyped } from './walk.js';

export interface SourceSupport {
  source: SourceRef;
  /** True when the source supports the claim itself. */
  direct: boolean;
  /** Node ids from the source to the claim: `source -> claim -> ... -> claimId`. */
  path: string[];
  /** The supports edges along the path, with their quotes, in path order. */
  steps: Step[];
}

export interface SourcesForOptions {
  /** Only the sources that support the claim itself. */
  direct?: boolean;
}

/** Every source that supports `claimId`, shortest path first (then by citation). */
export function sourcesFor(graph: ClaimGraph, claimId: string, options: SourcesForOptions = {}): SourceSupport[] {
  expectNode(graph, claimId, 'claim', 'sourcesFor');
  const reached = walkTyped(graph, claimId, ['supports'], 'in');
  const results: SourceSupport[] = [];
  for (const [id, { depth }] of reached) {
    const node = graph.getNodeAttributes(id);
    if (node.kind !== 'source') continue;
    if (options.direct && depth !== 1) continue;
    const { nodes, edges } = pathToStart(graph, reached, id, 'in');
    results.push({ source: sourceRef(node as SourceNode), direct: depth === 1, path: nodes, steps: edges.map((e) => stepOf(graph, e)) });
  }
  return results.sort((a, b) => a.path.length - b.path.length || compareCitations(a.source, b.source));
}
