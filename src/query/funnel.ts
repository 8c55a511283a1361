// The pipeline as a funnel: its stages in order, the figures published at each, and which steps divide into a rate.
import type { ClaimGraph } from '../model/graph.js';
import type { StageNode } from '../model/schema.js';
import { figureEntries } from './figures.js';
import { figureRef, rate, type FigureRef, type RateOptions } from './rate.js';

export interface FunnelFigure extends FigureRef {
  measure: 'count' | 'share' | 'mean';
  /** The number itself (a share as a fraction). */
  amount: number;
  unit: string;
  /** For a share published from an earlier stage: that stage's id. */
  fromStage?: string;
  /** What a reader must know before using the number (e.g. the 2024 report count's bundling). */
  caveat?: string;
}

export interface FunnelStage {
  id: string;
  label: string;
  order: number;
  figures: FunnelFigure[];
}

export interface FunnelStep {
  from: string;
  to: string;
  /** How many rates `rate(from, to)` states, and how many pairs of figures it refuses. */
  rates: number;
  refused: number;
  /** The rates in words (their statements), each saying whether it rests on a secondary figure and what to know before using it. */
  statements: { statement: string; secondary: boolean; caveats: string[] }[];
}

export interface Funnel {
  stages: FunnelStage[];
  /** Each stage to the next, by the same `rate` query as `claimgraph rate`. */
  steps: FunnelStep[];
  /** Figures that measure no stage. */
  unplaced: FunnelFigure[];
}

/**
 * The stages in pipeline order (by `order`), each with the figures that measure it; a share that spans two stages is
 * listed at the later one (its numerator) with the earlier as `fromStage`.
 */
export function funnel(graph: ClaimGraph, options: RateOptions = {}): Funnel {
  const stages: FunnelStage[] = graph
    .filterNodes((_id, node) => node.kind === 'stage')
    .map((id) => {
      const s = graph.getNodeAttributes(id) as StageNode;
      return { id, label: s.label, order: s.order, figures: [] as FunnelFigure[] };
    })
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const byId = new Map(stages.map((s) => [s.id, s]));
  const unplaced: FunnelFigure[] = [];
  for (const entry of figureEntries(graph)) {
    if (options.verifiedOnly && entry.figure.status === 'secondary') continue;
    const f = entry.figure;
    const item: FunnelFigure = { ...figureRef(entry), measure: f.measure, amount: f.value, unit: f.unit, ...(f.caveat ? { caveat: f.caveat } : {}) };
    const last = entry.stages.at(-1);
    if (!last) {
      unplaced.push(item);
      continue;
    }
    if (entry.stages.length > 1) item.fromStage = entry.stages[0]!.id;
    byId.get(last.id)!.figures.push(item);
  }
  const rank = { count: 0, share: 1, mean: 2 } as const;
  for (const s of stages) {
    s.figures.sort((a, b) => rank[a.measure] - rank[b.measure] || b.amount - a.amount || a.id.localeCompare(b.id));
  }
  const steps: FunnelStep[] = [];
  for (let i = 0; i + 1 < stages.length; i++) {
    const from = stages[i]!;
    const to = stages[i + 1]!;
    if (from.order === to.order) continue;
    const result = rate(graph, from.id, to.id, options);
    steps.push({ from: from.id, to: to.id, rates: result.rates.length, refused: result.refused.length, statements: result.rates.map((r) => ({ statement: r.statement, secondary: r.secondary, caveats: r.caveats })) });
  }
  return { stages, steps, unplaced };
}
