// A corpus at a glance: one node per brief (with its claims counted), one per work cited by two briefs or more (from
// sharedWorks), and one edge per brief citing such a work, weighted by the brief's markers that cite it. Capped: the
// works shared by the most briefs first, so a corpus of thousands of briefs stays drawable; the result says what it left out.
import type { ClaimGraph } from '../model/graph.js';
import { briefIds } from './brief-view.js';
import { nodeRef, type NodeRef, type SourceRef } from './node-ref.js';
import { sharedWorks } from './shared-works.js';

export interface OverviewBrief extends NodeRef {
  kind: 'brief';
  /** The brief's claims. */
  claims: number;
  /** The drawn works it cites (its edges). */
  works: number;
}

export interface OverviewWork extends NodeRef {
  kind: 'work';
  /** Briefs citing it (every one, drawn or not). */
  briefs: number;
  /** Markers citing it, over all those briefs. */
  markers: number;
}

export interface OverviewEdge {
  brief: string;
  work: string;
  /** The brief's markers citing the work: the edge's weight is their number. */
  markers: SourceRef[];
}

export interface CorpusOverview {
  briefs: OverviewBrief[];
  works: OverviewWork[];
  edges: OverviewEdge[];
  /** Works cited by two briefs or more, drawn or not. */
  sharedWorks: number;
  /** Briefs in the corpus, drawn or not. */
  totalBriefs: number;
  /** The caps applied (Infinity: none). */
  maxWorks: number;
  maxBriefs: number;
}

export interface CorpusOverviewOptions {
  /** Draw at most this many shared works, those shared by the most briefs first (default 300). */
  maxWorks?: number;
  /** Draw at most this many briefs, those citing the most drawn works first (default 2,000). */
  maxBriefs?: number;
}

export const OVERVIEW_MAX_WORKS = 300;
export const OVERVIEW_MAX_BRIEFS = 2000;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Briefs by id; works as sharedWorks orders them (most briefs first, then id); edges by work, then brief. */
export function corpusOverview(graph: ClaimGraph, options: CorpusOverviewOptions = {}): CorpusOverview {
  const maxWorks = options.maxWorks ?? OVERVIEW_MAX_WORKS;
  const maxBriefs = options.maxBriefs ?? OVERVIEW_MAX_BRIEFS;
  for (const [name, value] of [['maxWorks', maxWorks], ['maxBriefs', maxBriefs]] as const) {
    if (!(value === Infinity || (Number.isInteger(value) && value >= 0))) throw new RangeError(`claimgraph/corpusOverview: ${name} must be a whole number ≥ 0 or Infinity`);
  }
  const claims = new Map<string, number>();
  graph.forEachNode((_id, node) => {
    if (node.kind === 'claim') claims.set(node.brief, (claims.get(node.brief) ?? 0) + 1);
  });
  const shared = sharedWorks(graph);
  const drawn = shared.slice(0, maxWorks);
  // Every brief of the corpus, and any a source names without its brief node (a store's part).
  const briefs = new Map<string, NodeRef>(briefIds(graph).map((id) => [id, nodeRef(graph, id)]));
  const cites = new Map<string, number>();
  for (const w of drawn) {
    for (const { brief } of w.briefs) {
      if (!briefs.has(brief.id)) briefs.set(brief.id, brief);
      cites.set(brief.id, (cites.get(brief.id) ?? 0) + 1);
    }
  }
  const kept = [...briefs.values()]
    .sort((a, b) => (cites.get(b.id) ?? 0) - (cites.get(a.id) ?? 0) || byId(a, b))
    .slice(0, maxBriefs)
    .sort(byId);
  const keptIds = new Set(kept.map((b) => b.id));
  const edges: OverviewEdge[] = [];
  for (const w of drawn) for (const { brief, sources } of w.briefs) if (keptIds.has(brief.id)) edges.push({ brief: brief.id, work: w.work.id, markers: sources });
  return {
    // A brief's edges are its drawn works (sharedWorks names a brief once per work): what `cites` counted.
    briefs: kept.map((b) => ({ id: b.id, kind: 'brief', label: b.label, claims: claims.get(b.id) ?? 0, works: cites.get(b.id) ?? 0 })),
    works: drawn.map((w) => ({ id: w.work.id, kind: 'work', label: w.work.label, briefs: w.briefs.length, markers: w.briefs.reduce((n, b) => n + b.sources.length, 0) })),
    edges,
    sharedWorks: shared.length,
    totalBriefs: briefs.size,
    maxWorks,
    maxBriefs,
  };
}
