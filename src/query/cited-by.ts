// Which briefs and claims rest on a work: the sources (a brief's markers) that refer to it, or to a work drawn from it
// (a press release on a report), and the claims each of those sources backs, grouped by brief.
import type { ClaimGraph } from '../model/graph.js';
import type { SourceNode } from '../model/schema.js';
import { claimsBackedBy, type BackedClaim } from './claims-backed-by.js';
import { compareCitations, expectNode, nodeRef, sourceRef, type NodeRef, type SourceRef } from './node-ref.js';
import { pathToStart, walkTyped } from './walk.js';

export interface Citation {
  source: SourceRef;
  /** The work the source refers to: the asked one, or one that derives from it. */
  work: string;
  /** Works from the one cited to the asked one, along derives-from edges (just the asked one when cited directly). */
  through: string[];
  /** The claims the source backs, directly or through other claims, nearest first. */
  claims: BackedClaim[];
}

export interface CitingBrief {
  brief: NodeRef;
  citations: Citation[];
  /** The claims of this brief resting on the work, each once. */
  claims: NodeRef[];
}

export interface CitedBy {
  work: NodeRef;
  /** Works that derive from it (press coverage, summaries), whose citations rest on it too. */
  derived: NodeRef[];
  briefs: CitingBrief[];
}

export interface CitedByOptions {
  /** Leave out the citations of works that derive from this one. */
  direct?: boolean;
}

/** Every brief citing `workId` (or a work derived from it), with its citations and the claims resting on them; briefs by id, citations by marker. */
export function citedBy(graph: ClaimGraph, workId: string, options: CitedByOptions = {}): CitedBy {
  expectNode(graph, workId, 'work', 'citedBy');
  const works = options.direct ? new Map([[workId, { depth: 0, via: undefined }]]) : walkTyped(graph, workId, ['derives-from'], 'in');
  const byBrief = new Map<string, Citation[]>();
  for (const work of works.keys()) {
    const through = pathToStart(graph, works, work, 'in').nodes;
    graph.forEachInEdge(work, (_key, edge, from, _to, fromAttributes) => {
      if (edge.kind !== 'refers-to') return;
      const source = fromAttributes as SourceNode;
      const list = byBrief.get(source.brief) ?? [];
      list.push({ source: sourceRef(source), work, through, claims: claimsBackedBy(graph, from) });
      byBrief.set(source.brief, list);
    });
  }
  const briefs = [...byBrief]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([brief, citations]): CitingBrief => {
      citations.sort((a, b) => compareCitations(a.source, b.source));
      const claims = new Map<string, NodeRef>();
      for (const c of citations) for (const backed of c.claims) claims.set(backed.claim.id, backed.claim);
      return { brief: graph.hasNode(brief) ? nodeRef(graph, brief) : { id: brief, kind: 'brief', label: brief }, citations, claims: [...claims.values()] };
    });
  return { work: nodeRef(graph, workId), derived: [...works.keys()].filter((w) => w !== workId).map((w) => nodeRef(graph, w)), briefs };
}
