// The works two briefs (or, unasked, any two briefs) both cite: what joins briefs in a corpus, with each brief's markers.
import type { ClaimGraph } from '../model/graph.js';
import type { SourceNode } from '../model/schema.js';
import { compareCitations, expectNode, nodeRef, sourceRef, type NodeRef, type SourceRef } from './node-ref.js';

export interface SharedWork {
  work: NodeRef;
  /** Each brief citing it, with the markers that do. */
  briefs: { brief: NodeRef; sources: SourceRef[] }[];
}

export interface SharedWorksOptions {
  /** Only works every one of these briefs cites (at least two); default: works cited by two briefs or more. */
  briefs?: readonly string[];
}

/** Works cited by more than one brief, most briefs first, then by id. */
export function sharedWorks(graph: ClaimGraph, options: SharedWorksOptions = {}): SharedWork[] {
  if (options.briefs !== undefined && !Array.isArray(options.briefs)) throw new Error('claimgraph/sharedWorks: briefs is a list of brief ids');
  const asked = options.briefs === undefined ? undefined : [...new Set(options.briefs)];
  if (asked !== undefined) {
    if (asked.length < 2) throw new Error('claimgraph/sharedWorks: give two different briefs or more, or none');
    for (const brief of asked) expectNode(graph, brief, 'brief', 'sharedWorks');
  }
  const citing = new Map<string, Map<string, SourceNode[]>>();
  graph.forEachEdge((_key, edge, from, to, fromAttributes) => {
    if (edge.kind !== 'refers-to') return;
    const source = fromAttributes as SourceNode;
    const briefs = citing.get(to) ?? new Map<string, SourceNode[]>();
    briefs.set(source.brief, [...(briefs.get(source.brief) ?? []), source]);
    citing.set(to, briefs);
  });
  const out: SharedWork[] = [];
  for (const [work, briefs] of citing) {
    if (asked ? !asked.every((b) => briefs.has(b)) : briefs.size < 2) continue;
    const kept = [...briefs].filter(([b]) => !asked || asked.includes(b)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out.push({
      work: nodeRef(graph, work),
      briefs: kept.map(([brief, sources]) => ({
        brief: graph.hasNode(brief) ? nodeRef(graph, brief) : { id: brief, kind: 'brief', label: brief },
        sources: sources.map(sourceRef).sort(compareCitations),
      })),
    });
  }
  return out.sort((a, b) => b.briefs.length - a.briefs.length || (a.work.id < b.work.id ? -1 : a.work.id > b.work.id ? 1 : 0));
}
