// Which obstacles explain a claim (itself, or a claim that supports it), who documents each, and where each bites.
import type { ClaimGraph } from '../model/graph.js';
import type { EdgeKind, SourceNode } from '../model/schema.js';
import { compareCitations, expectNode, nodeRef, sourceRef, stepOf, type NodeRef, type SourceRef, type Step } from './node-ref.js';
import { pathToStart, walkTyped } from './walk.js';

export interface ObstacleDetail {
  obstacle: NodeRef & { affects: 'prosecution' | 'measurement' | 'both'; description: string };
  /** Sources that document the obstacle, with the quote of each documents edge. */
  documentedBy: { source: SourceRef; step: Step }[];
  /** Stages of the pipeline the obstacle hinders, in pipeline order. */
  hinders: (NodeRef & { order: number })[];
  /** Sub-obstacles (part-of edges into it) and the obstacle it is part of. */
  parts: NodeRef[];
  partOf: NodeRef[];
}

export interface ObstacleExplanation extends ObstacleDetail {
  /** True when the obstacle explains the claim itself. */
  direct: boolean;
  /** The explains edge. */
  explains: Step;
  /** Claims from the explained one to the asked one, following supports edges: `[explained, ..., claimId]`. */
  via: string[];
}

/** Obstacles that explain `claimId`, or a claim that supports it; direct ones first. */
export function obstaclesFor(graph: ClaimGraph, claimId: string, options: { direct?: boolean } = {}): ObstacleExplanation[] {
  expectNode(graph, claimId, 'claim', 'obstaclesFor');
  const claims = options.direct ? new Map([[claimId, { depth: 0, via: undefined }]]) : walkTyped(graph, claimId, ['supports'], 'in');
  const results: ObstacleExplanation[] = [];
  const seen = new Set<string>();
  for (const [claim, { depth }] of claims) {
    if (graph.getNodeAttribute(claim, 'kind') !== 'claim') continue;
    const via = pathToStart(graph, claims, claim, 'in').nodes;
    graph.forEachInEdge(claim, (edge, attributes, obstacle) => {
      if (attributes.kind !== 'explains' || seen.has(obstacle)) return;
      seen.add(obstacle);
      results.push({ ...obstacleDetail(graph, obstacle), direct: depth === 0, explains: stepOf(graph, edge), via });
    });
  }
  return results;
}

/** An obstacle with its documenting sources, hindered stages and parts. */
export function obstacleDetail(graph: ClaimGraph, obstacleId: string): ObstacleDetail {
  const node = expectNode(graph, obstacleId, 'obstacle', 'obstacleDetail');
  const documentedBy: ObstacleDetail['documentedBy'] = [];
  const hinders: ObstacleDetail['hinders'] = [];
  const parts: NodeRef[] = [];
  const partOf: NodeRef[] = [];
  graph.forEachEdge(obstacleId, (edge, attributes, source, target) => {
    const kind: EdgeKind = attributes.kind;
    if (kind === 'documents' && target === obstacleId) {
      documentedBy.push({ source: sourceRef(graph.getNodeAttributes(source) as SourceNode), step: stepOf(graph, edge) });
    } else if (kind === 'hinders' && source === obstacleId) {
      const stage = graph.getNodeAttributes(target);
      hinders.push({ ...nodeRef(graph, target), order: stage.kind === 'stage' ? stage.order : 0 });
    } else if (kind === 'part-of') {
      if (target === obstacleId) parts.push(nodeRef(graph, source));
      else partOf.push(nodeRef(graph, target));
    }
  });
  documentedBy.sort((a, b) => compareCitations(a.source, b.source));
  hinders.sort((a, b) => a.order - b.order);
  return {
    obstacle: { ...nodeRef(graph, obstacleId), affects: node.affects, description: node.description },
    documentedBy,
    hinders,
    parts,
    partOf,
  };
}
