// Figures in words and numbers: the population a figure covers, its period, its value, and who reports it.
import type { ClaimGraph } from '../model/graph.js';
import { FIGURE_UNIT_INFO, type FigureNode, type SourceNode, type StageNode, type WorkNode } from '../model/schema.js';

/** A figure with the works (or, on a draft, the brief's sources) that report it and the stages it measures (in pipeline order). */
export interface FigureEntry {
  figure: FigureNode;
  /** `citation`: a brief's marker for a source, the id's name for a work (BJS-NCJ-219412). */
  sources: { id: string; label: string; citation: string }[];
  stages: { id: string; label: string; order: number }[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A partial date in words: "2006", "July 2000", "3 July 2000". */
function dateWords(date: string): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return y!;
  const month = `${MONTHS[Number(m) - 1]} ${y}`;
  return d === undefined ? month : `${Number(d)} ${month}`;
}

/** The period as people write it: "2022", "FY2020", "2004–2013", "July 2000 – June 2001", or "period unstated". */
export function periodLabel(figure: Pick<FigureNode, 'periodStart' | 'periodEnd' | 'periodType'>): string {
  const { periodStart: start, periodEnd: end, periodType } = figure;
  if (start === undefined || end === undefined) return 'period unstated';
  const fy = periodType === 'fiscal' ? 'FY' : '';
  if (start === end) return fy + dateWords(start);
  if (/^\d{4}$/.test(start) && /^\d{4}$/.test(end)) return `${fy}${start}–${fy}${end}`;
  return `${dateWords(start)} – ${dateWords(end)}`;
}

/** Words for an enum value: `child-sex-exploitation` -> "child sex exploitation", `cp-possession` -> "CP possession". */
export function enumWords(value: string): string {
  return value.replace(/^cp-/, 'CP-').replace(/-/g, ' ');
}

const QUALIFIER_WORDS: Record<FigureNode['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  almost: 'almost ',
  estimated: 'an estimated ',
};

/** The publisher's hedge in words: "exact", "about", "more than", "almost", "an estimated". */
export function qualifierLabel(qualifier: FigureNode['qualifier']): string {
  return QUALIFIER_WORDS[qualifier].trim() || 'exact';
}

/** Where the figure was read: on the publisher's own page, or only on a copy. */
export function statusLabel(status: FigureNode['status']): string {
  return status === 'verified' ? "verified: read on the publisher's own page" : 'secondary: read only on a copy, blog or news page';
}

/** A percentage of a fraction, to at most one decimal: 0.6 -> "60%", 0.4729 -> "47.3%". */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(1))}%`;
}

/** The number as published, with its hedge: "more than 36,200,000 reports", "about 97%", "70 months of prison (mean)". */
export function valueLabel(figure: FigureNode): string {
  const hedge = QUALIFIER_WORDS[figure.qualifier];
  if (figure.measure === 'share') {
    const what = figure.numeratorOffences ? enumWords(figure.numeratorOffences) : outcomeWords(figure.unit);
    return `of ${FIGURE_UNIT_INFO[figure.denominatorUnit ?? figure.unit].words}: ${hedge}${percent(figure.value)} ${what}`;
  }
  const number = figure.value.toLocaleString('en-US');
  if (figure.measure === 'mean') return `${hedge}${number} ${FIGURE_UNIT_INFO[figure.unit].words} (mean)`;
  return `${hedge}${number} ${FIGURE_UNIT_INFO[figure.unit].words}`;
}

/** What the numerator of a share did, without its noun: "prosecuted" from "suspects prosecuted". */
export function outcomeWords(unit: FigureNode['unit']): string {
  const { noun, words } = FIGURE_UNIT_INFO[unit];
  return words.startsWith(noun + ' ') ? words.slice(noun.length + 1) : words;
}

/** Who and what a figure covers: "federal, child sex exploitation, 2006". */
export function populationLabel(figure: FigureNode): string {
  return [enumWords(figure.jurisdiction), enumWords(figure.offences), periodLabel(figure)].join(', ');
}

/** Every figure of the graph with its sources and stages, sorted by id. */
export function figureEntries(graph: ClaimGraph): FigureEntry[] {
  return graph
    .filterNodes((_id, node) => node.kind === 'figure')
    .sort()
    .map((id) => figureEntry(graph, id));
}

export function figureEntry(graph: ClaimGraph, id: string): FigureEntry {
  const figure = graph.getNodeAttributes(id) as FigureNode;
  const sources: FigureEntry['sources'] = [];
  graph.forEachInEdge(id, (_key, edge, from, _to, fromAttributes) => {
    if (edge.kind !== 'reports') return;
    const node = fromAttributes as SourceNode | WorkNode;
    sources.push({ id: from, label: node.label, citation: node.kind === 'source' ? node.citation : from.slice(from.indexOf(':') + 1) });
  });
  const stages: FigureEntry['stages'] = [];
  graph.forEachOutEdge(id, (_key, edge, _from, to, _fa, toAttributes) => {
    if (edge.kind !== 'measures') return;
    const stage = toAttributes as StageNode;
    stages.push({ id: to, label: stage.label, order: stage.order });
  });
  sources.sort((a, b) => a.id.localeCompare(b.id));
  stages.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { figure, sources, stages };
}
