// Which obstacles explain a claim (itself, or a claim that supports it), who documents each, and where each bites.
import type { ClaimGraph } from '../model/graph.js';
import type { EdgeKind, SourceNode } from '../model/schema.js';
import { compareCitations, expectNode, nodeRef, sourceRef, stepOf, type NodeRef, type SourceRef, type Step } from './node-ref.js';
import { inGraphOrder, pathsToStart, pathToStart, walkTyped, type Reached, type WalkGraph } from './walk.js';

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
  /** The supports edges between those claims, in the same order (empty when direct), with their basis, quotes and notes. */
  viaSteps: Step[];
}

interface Explaining {
  claim: string;
  depth: number;
  obstacle: string;
  /** The explains edge. */
  edge: string;
}

/** The claims under `claimId` (itself first) and, in walk order, each obstacle with the first claim it explains. */
function explaining(graph: WalkGraph, claimId: string, options: { direct?: boolean }): { claims: Map<string, Reached>; found: Explaining[] } {
  const claims = options.direct ? new Map<string, Reached>([[claimId, { depth: 0, via: undefined }]]) : walkTyped(graph, claimId, ['supports'], 'in');
  const found: Explaining[] = [];
  const seen = new Set<string>();
  for (const [claim, { depth }] of claims) {
    if (graph.getNodeAttribute(claim, 'kind') !== 'claim') continue;
    // A claim's explains edges in the graph's order, as the walk takes edges (not graphology's, which groups them by
    // obstacle, so that an explains edge a store does not send could reorder the others).
    const explains: { edge: string; obstacle: string }[] = [];
    graph.forEachInEdge(claim, (edge, attributes, obstacle) => void (attributes.kind === 'explains' && explains.push({ edge, obstacle })));
    for (const { edge, obstacle } of inGraphOrder(graph, explains)) {
      if (seen.has(obstacle)) continue;
      seen.add(obstacle);
      found.push({ claim, depth, obstacle, edge });
    }
  }
  return { claims, found };
}

/** Obstacles that explain `claimId`, or a claim that supports it; direct ones first. */
export function obstaclesFor(graph: ClaimGraph, claimId: string, options: { direct?: boolean } = {}): ObstacleExplanation[] {
  const { brief } = expectNode(graph, claimId, 'claim', 'obstaclesFor');
  const { claims, found } = explaining(graph, claimId, options);
  return found.map(({ claim, depth, obstacle, edge }) => {
    const via = pathToStart(graph, claims, claim, 'in');
    // An obstacle of the library may be documented by other briefs too: only the claim's brief's markers say anything here.
    return { ...obstacleDetail(graph, obstacle, { brief }), direct: depth === 0, explains: stepOf(graph, edge), via: via.nodes, viaSteps: via.edges.map((e) => stepOf(graph, e)) };
  });
}

/**
 * What obstaclesFor reports for `claimId`, read from the structure of the supports and explains edges alone: the claims
 * and supports edges of each `via` path, the explains edges, and the obstacles (whose details a store then sends with
 * their edges). obstaclesFor on just those answers as on the whole graph (see sourcePaths).
 */
export function obstaclePaths(graph: WalkGraph, claimId: string, options: { direct?: boolean } = {}): { nodes: Set<string>; edges: Set<string>; obstacles: string[] } {
  const { claims, found } = explaining(graph, claimId, options);
  const { nodes, edges } = pathsToStart(graph, claimId, found.map(({ claim }) => ({ walk: claims, node: claim })), 'in');
  for (const { edge } of found) edges.add(edge);
  return { nodes, edges, obstacles: found.map((f) => f.obstacle) };
}

/** An obstacle with its documenting sources (of one brief, if `brief` is given), hindered stages and parts. */
export function obstacleDetail(graph: ClaimGraph, obstacleId: string, options: { brief?: string } = {}): ObstacleDetail {
  const node = expectNode(graph, obstacleId, 'obstacle', 'obstacleDetail');
  const documentedBy: ObstacleDetail['documentedBy'] = [];
  const hinders: ObstacleDetail['hinders'] = [];
  const parts: NodeRef[] = [];
  const partOf: NodeRef[] = [];
  graph.forEachEdge(obstacleId, (edge, attributes, source, target) => {
    const kind: EdgeKind = attributes.kind;
    if (kind === 'documents' && target === obstacleId) {
      const documenting = graph.getNodeAttributes(source) as SourceNode;
      if (options.brief === undefined || documenting.brief === options.brief) documentedBy.push({ source: sourceRef(documenting), step: stepOf(graph, edge) });
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
