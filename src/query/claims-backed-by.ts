// Which claims a source backs (the reverse of sourcesFor), and which obstacles it documents.
import type { ClaimGraph } from '../model/graph.js';
import { expectNode, nodeRef, stepOf, type NodeRef, type Step } from './node-ref.js';
import { pathToStart, walkTyped } from './walk.js';

export interface BackedClaim {
  claim: NodeRef;
  direct: boolean;
  /** Node ids from the source to the claim. */
  path: string[];
  steps: Step[];
}

/** Every claim `sourceId` supports, directly or through the claims it supports, nearest first. */
export function claimsBackedBy(graph: ClaimGraph, sourceId: string, options: { direct?: boolean } = {}): BackedClaim[] {
  expectNode(graph, sourceId, 'source', 'claimsBackedBy');
  const reached = walkTyped(graph, sourceId, ['supports'], 'out');
  const results: BackedClaim[] = [];
  for (const [id, { depth }] of reached) {
    if (depth === 0 || (options.direct && depth !== 1)) continue;
    const { nodes, edges } = pathToStart(graph, reached, id, 'out');
    results.push({ claim: nodeRef(graph, id), direct: depth === 1, path: nodes.reverse(), steps: edges.reverse().map((e) => stepOf(graph, e)) });
  }
  return results;
}

export interface DocumentedObstacle {
  obstacle: NodeRef;
  step: Step;
}

/** The obstacles a source documents, with the quote of each documents edge. */
export function obstaclesDocumentedBy(graph: ClaimGraph, sourceId: string): DocumentedObstacle[] {
  expectNode(graph, sourceId, 'source', 'obstaclesDocumentedBy');
  const out: DocumentedObstacle[] = [];
  graph.forEachOutEdge(sourceId, (edge, attributes, _source, target) => {
    if (attributes.kind === 'documents') out.push({ obstacle: nodeRef(graph, target), step: stepOf(graph, edge) });
  });
  return out;
}
