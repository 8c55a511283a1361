// The rows of the figures table (Markdown and LaTeX): each figure at its stage, in pipeline order, with its source's cite key.
import type { ClaimGraph } from '../model/graph.js';
import { funnel } from '../query/funnel.js';
import { figureEntry } from '../query/figures.js';
import { citationKeys } from './citation-keys.js';

export interface FigureRow {
  stage: string;
  figure: string;
  population: string;
  /** The publisher's scope in words. */
  scope: string;
  status: string;
  caveat?: string;
  /** Citation keys of the works (or sources) that report it, as the bibtex export keys them. */
  cite: string[];
}

export function figureRows(graph: ClaimGraph): FigureRow[] {
  const keys = citationKeys(graph);
  const result = funnel(graph);
  const label = new Map(result.stages.map((s) => [s.id, s.label]));
  const placed = [...result.stages.flatMap((s) => s.figures.map((f) => [s.label, f] as const)), ...result.unplaced.map((f) => ['—', f] as const)];
  return placed.map(([stage, f]) => {
    const entry = figureEntry(graph, f.id);
    return {
      stage: f.fromStage ? `${label.get(f.fromStage)} → ${stage}` : stage,
      figure: f.value,
      population: f.population,
      scope: entry.figure.scope,
      status: f.status,
      ...(entry.figure.caveat ? { caveat: entry.figure.caveat } : {}),
      cite: [...new Set(entry.sources.map((s) => keys.of(s.id)))],
    };
  });
}
