// Which figures at two pipeline stages divide into a rate, and why the others do not: the comparability rules.
import type { ClaimGraph } from '../model/graph.js';
import { FIGURE_UNIT_INFO, type FigureNode, type StageNode } from '../model/schema.js';
import { enumWords, figureEntry, outcomeWords, percent, periodLabel, valueLabel, type FigureEntry } from './figures.js';

export interface RateOptions {
  /** Leave out figures read only on a copy, blog or news page (status secondary). */
  verifiedOnly?: boolean;
}

/** A figure as a rate names it. */
export interface FigureRef {
  id: string;
  label: string;
  value: string;
  population: string;
  status: FigureNode['status'];
  sources: string[];
}

export interface Rate {
  /** computed: one count divided by another; published: a share a source states itself. */
  how: 'computed' | 'published';
  /** The rate as a fraction (0 to 1 for a subset). */
  value: number;
  /** The rate in words with its population and source, e.g. "federal, … 2004–2013: 60% prosecuted (BJS-NCJ-250746)". */
  statement: string;
  /** The hedge carried from the figures ("about" when a figure is hedged). */
  qualifier: FigureNode['qualifier'];
  /** For a computed rate: the two counts; for a published one: the share. */
  numerator?: FigureRef;
  denominator?: FigureRef;
  share?: FigureRef;
  /** True when it rests on a figure read only on a copy, blog or news page. */
  secondary: boolean;
  caveats: string[];
}

export interface Refusal {
  from: FigureRef;
  to: FigureRef;
  /** Each way the two figures fail to line up, e.g. "reports vs defendants", "worldwide vs federal", "2022 vs FY2020". */
  mismatches: string[];
}

export interface RateResult {
  from: { id: string; label: string; order: number };
  to: { id: string; label: string; order: number };
  rates: Rate[];
  refused: Refusal[];
  /** Figures at either stage that are not counts to pair (shares inside one stage, means) or were left out. */
  leftOut: { figure: FigureRef; reason: string }[];
}

const SECONDARY_CAVEAT = 'rests on a secondary figure (read only on a copy, blog or news page)';

function sourceName(citation: string): string {
  return /^\d+$/.test(citation) ? `[${citation}]` : citation;
}

export function figureRef(entry: FigureEntry): FigureRef {
  const f = entry.figure;
  return {
    id: f.id,
    label: f.label,
    value: valueLabel(f),
    population: [enumWords(f.jurisdiction), enumWords(f.offences), periodLabel(f)].join(', '),
    status: f.status,
    sources: entry.sources.map((s) => sourceName(s.citation)),
  };
}

const samePeriod = (a: FigureNode, b: FigureNode) =>
  a.periodStart === b.periodStart && a.periodEnd === b.periodEnd && a.periodType === b.periodType;

/** Every way two counts fail to line up; empty when one may be divided by the other. */
export function mismatches(a: FigureNode, b: FigureNode): string[] {
  const out: string[] = [];
  for (const f of [a, b]) if (f.review !== undefined) out.push(`${f.id} is a draft under review`);
  for (const f of [a, b]) if (f.measure !== 'count') out.push(`${f.id} is a ${f.measure}, not a count`);
  const ua = FIGURE_UNIT_INFO[a.unit];
  const ub = FIGURE_UNIT_INFO[b.unit];
  // Suspects, defendants and offenders are people at different steps: counts of one are not a subset of counts of another.
  if (ua.noun !== ub.noun) out.push(`${ua.noun} vs ${ub.noun}`);
  if (a.jurisdiction === 'unstated' || b.jurisdiction === 'unstated') out.push('jurisdiction unstated');
  else if (a.jurisdiction !== b.jurisdiction) out.push(`${enumWords(a.jurisdiction)} vs ${enumWords(b.jurisdiction)}`);
  if (a.offences === 'unstated' || b.offences === 'unstated') out.push('offences unstated');
  else if (a.offences !== b.offences) out.push(`${enumWords(a.offences)} vs ${enumWords(b.offences)}`);
  if (a.periodStart === undefined || b.periodStart === undefined || a.periodType === 'unstated' || b.periodType === 'unstated') out.push('period unstated');
  else if (!samePeriod(a, b)) out.push(`${periodLabel(a)} vs ${periodLabel(b)}`);
  if (out.length === 0 && b.value > a.value) out.push(`${ub.words} (${b.value.toLocaleString('en-US')}) exceed ${ua.words} (${a.value.toLocaleString('en-US')}): not a subset`);
  return out;
}

function stageOf(graph: ClaimGraph, id: string, role: string): StageNode {
  if (typeof id !== 'string' || !graph.hasNode(id)) throw new Error(`claimgraph/rate: no node "${String(id)}" (${role})`);
  const node = graph.getNodeAttributes(id);
  if (node.kind !== 'stage') throw new Error(`claimgraph/rate: "${id}" is a ${node.kind}, not a stage (${role})`);
  return node;
}

/** The figures that measure a stage. */
function figuresAt(graph: ClaimGraph, stageId: string): FigureEntry[] {
  const ids = new Set<string>();
  graph.forEachInEdge(stageId, (_key, edge, from) => {
    if (edge.kind === 'measures') ids.add(from);
  });
  return [...ids].sort().map((id) => figureEntry(graph, id));
}

const hedge = (...figures: FigureNode[]): FigureNode['qualifier'] => {
  const hedged = figures.map((f) => f.qualifier).filter((q) => q !== 'exact');
  if (hedged.length === 0) return 'exact';
  return hedged.length === 1 ? hedged[0]! : 'about';
};
const HEDGE_WORDS: Record<FigureNode['qualifier'], string> = { exact: '', about: 'about ', 'more-than': 'more than ', almost: 'almost ', estimated: 'an estimated ' };

/**
 * Every pair of figures at two stages (`fromStage` before `toStage` in the pipeline): the rates that can be stated,
 * each with its population, and the pairs that cannot, each with every mismatch named.
 *
 * - Two counts divide when they count the same thing (suspects, defendants, reports, …) over the same jurisdiction, offences and
 *   period, and the later is not larger than the earlier.
 * - A share a source publishes from one stage to the other (a figure that measures both) is a rate as it stands.
 * - A rate resting on a secondary figure says so; `verifiedOnly` leaves secondary figures out.
 */
export function rate(graph: ClaimGraph, fromStage: string, toStage: string, options: RateOptions = {}): RateResult {
  const from = stageOf(graph, fromStage, 'from');
  const to = stageOf(graph, toStage, 'to');
  if (fromStage === toStage || from.order >= to.order) {
    throw new Error(`claimgraph/rate: "${fromStage}" must come before "${toStage}" in the pipeline (orders ${from.order} and ${to.order})`);
  }
  const leftOut: RateResult['leftOut'] = [];
  const keep = (entry: FigureEntry) => {
    if (options.verifiedOnly && entry.figure.status === 'secondary') {
      leftOut.push({ figure: figureRef(entry), reason: 'secondary (--verified-only)' });
      return false;
    }
    return true;
  };
  const atFrom = figuresAt(graph, fromStage).filter(keep);
  const atTo = figuresAt(graph, toStage).filter((e) => !atFrom.some((f) => f.figure.id === e.figure.id) && keep(e));

  const rates: Rate[] = [];
  const refused: Refusal[] = [];

  // Shares published from one stage to the other.
  for (const entry of atFrom) {
    const f = entry.figure;
    if (f.measure !== 'share') continue;
    if (!entry.stages.some((s) => s.id === toStage)) continue;
    const ref = figureRef(entry);
    const statement = `${enumWords(f.jurisdiction)}, ${enumWords(f.offences)} ${FIGURE_UNIT_INFO[f.denominatorUnit!].words}, ${periodLabel(f)}: ${HEDGE_WORDS[f.qualifier]}${percent(f.value)} ${outcomeWords(f.unit)} (${ref.sources.join(', ')})`;
    rates.push(withCaveats({ how: 'published', value: f.value, statement, qualifier: f.qualifier, share: ref, secondary: f.status === 'secondary', caveats: [] }, [f]));
  }

  const counts = (entries: FigureEntry[], stageId: string) =>
    entries.filter((e) => {
      if (e.figure.measure === 'count') return true;
      if (e.figure.measure === 'share' && e.stages.some((s) => s.id === fromStage) && e.stages.some((s) => s.id === toStage)) return false;
      const where = e.stages.map((s) => s.label).join(' → ');
      leftOut.push({
        figure: figureRef(e),
        reason: e.figure.measure === 'mean' ? 'a mean, not a count' : `a share at ${where}, not from ${from.label} to ${to.label}`,
      });
      return false;
    });
  const fromCounts = counts(atFrom, fromStage);
  const toCounts = counts(atTo, toStage);

  for (const a of fromCounts) {
    for (const b of toCounts) {
      const problems = mismatches(a.figure, b.figure);
      const numerator = figureRef(b);
      const denominator = figureRef(a);
      if (problems.length > 0) {
        refused.push({ from: denominator, to: numerator, mismatches: problems });
        continue;
      }
      const value = b.figure.value / a.figure.value;
      const qualifier = hedge(a.figure, b.figure);
      const names = [...new Set([...denominator.sources, ...numerator.sources])].join(', ');
      const f = a.figure;
      const statement = `${enumWords(f.jurisdiction)}, ${enumWords(f.offences)} ${FIGURE_UNIT_INFO[f.unit].words}, ${periodLabel(f)}: ${HEDGE_WORDS[qualifier]}${percent(value)} ${outcomeWords(b.figure.unit)} (${names}; computed ${b.figure.value.toLocaleString('en-US')} / ${f.value.toLocaleString('en-US')})`;
      const secondary = a.figure.status === 'secondary' || b.figure.status === 'secondary';
      rates.push(withCaveats({ how: 'computed', value, statement, qualifier, numerator, denominator, secondary, caveats: [] }, [a.figure, b.figure]));
    }
  }
  rates.sort((x, y) => x.statement.localeCompare(y.statement));
  return { from: stageRef(from), to: stageRef(to), rates, refused, leftOut };
}

function withCaveats(rate: Rate, figures: FigureNode[]): Rate {
  if (rate.secondary) rate.caveats.push(`${SECONDARY_CAVEAT}: ${figures.filter((f) => f.status === 'secondary').map((f) => f.id).join(', ')}`);
  for (const f of figures) if (f.caveat) rate.caveats.push(`${f.id}: ${f.caveat}`);
  return rate;
}

const stageRef = (s: StageNode) => ({ id: s.id, label: s.label, order: s.order });
