// The published figures behind a claim: those reported by the works its sources refer to (a claim resting on a BJS
// report reaches the report's numbers), with the source and work each comes through.
import { briefOf } from '../model/brief-of.js';
import type { ClaimGraph } from '../model/graph.js';
import { figureEntry, valueLabel, populationLabel } from './figures.js';
import { expectNode, nodeRef, type NodeRef } from './node-ref.js';
import { sourcesFor } from './sources-for.js';

export interface ClaimFigure {
  figure: NodeRef & { value: string; population: string; status: 'verified' | 'secondary'; caveat?: string };
  /** The work that reports it, and the claim's sources that cite that work. */
  work: NodeRef;
  sources: string[];
}

/** Figures the works of a claim's sources report (direct sources, or every source with `all`), by work then figure id. */
export function figuresForClaim(graph: ClaimGraph, claimId: string, options: { all?: boolean } = {}): ClaimFigure[] {
  const { brief } = expectNode(graph, claimId, 'claim', 'figuresForClaim');
  const byWork = new Map<string, Set<string>>();
  for (const s of sourcesFor(graph, claimId, { direct: options.all !== true })) {
    graph.forEachOutEdge(s.source.id, (_k, edge, _from, work) => {
      if (edge.kind !== 'refers-to') return;
      byWork.set(work, (byWork.get(work) ?? new Set()).add(s.source.id));
    });
  }
  const out: ClaimFigure[] = [];
  for (const work of [...byWork.keys()].sort()) {
    const figures: string[] = [];
    // A figure of another brief (kept in its folder) is not this claim's, though the work is shared; the library's are.
    graph.forEachOutEdge(work, (_k, edge, _from, figure, _wa, figureAttributes) => {
      if (edge.kind !== 'reports') return;
      const owner = briefOf(figureAttributes);
      if (owner === undefined || owner === brief) figures.push(figure);
    });
    for (const id of figures.sort()) {
      const { figure } = figureEntry(graph, id);
      out.push({
        figure: { ...nodeRef(graph, id), value: valueLabel(figure), population: populationLabel(figure), status: figure.status, ...(figure.caveat ? { caveat: figure.caveat } : {}) },
        work: nodeRef(graph, work),
        sources: [...byWork.get(work)!].sort(),
      });
    }
  }
  return out;
}
