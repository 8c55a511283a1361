// Draft figures from a brief: each number a cited sentence states becomes a figure marked for review, reported by the
// sentence's sources, its population left `unstated` wherever the sentence does not name it, and tied to no stage.
import { basename } from 'node:path';
import type { BriefSentence } from '../brief/parse-brief.js';
import { statedNumbers, statedPopulation } from '../brief/numbers.js';
import type { FigureNode, GraphEdge } from '../model/schema.js';
import type { IdAllocator } from './ids.js';
import { slugOf } from './ids.js';

export function draftFigures(sentence: BriefSentence, briefPath: string, ids: IdAllocator, brief: string, sourceIds: ReadonlyMap<number, string>): { nodes: FigureNode[]; edges: GraphEdge[] } {
  const nodes: FigureNode[] = [];
  const edges: GraphEdge[] = [];
  if (sentence.citations.length === 0) return { nodes, edges };
  const population = statedPopulation(sentence.quote);
  const unstated = (['jurisdiction', 'offences', 'periodType'] as const).filter((k) => population[k] === 'unstated');
  if (population.periodStart === undefined) unstated.push('period' as never);
  for (const n of statedNumbers(sentence.quote)) {
    const id = ids.next('figure', slugOf(`${n.phrase} ${population.periodStart ?? ''}`, 8));
    const review = [
      `Imported from ${basename(briefPath)} line ${sentence.line}: check the number against the source.`,
      `The unit is a guess from the word “${n.unitWord}”${n.denominatorUnit ? ', the denominator from the noun after “of”' : ''}.`,
      unstated.length > 0 ? `The sentence names no ${unstated.join(', ')}: left unstated, not guessed.` : '',
      'It measures no stage until a curator ties it to one.',
    ]
      .filter(Boolean)
      .join(' ');
    nodes.push({
      kind: 'figure',
      id,
      brief,
      label: `${n.phrase}${population.periodStart ? ` (${population.periodStart === population.periodEnd ? population.periodStart : `${population.periodStart}–${population.periodEnd}`})` : ''} (draft)`,
      measure: n.measure,
      value: n.value,
      qualifier: n.qualifier,
      unit: n.unit,
      ...(n.denominatorUnit ? { denominatorUnit: n.denominatorUnit } : {}),
      jurisdiction: population.jurisdiction,
      offences: population.offences,
      ...(population.periodStart ? { periodStart: population.periodStart, periodEnd: population.periodEnd! } : {}),
      periodType: population.periodType,
      status: 'secondary',
      scope: `As the brief states it: “${sentence.quote}”`,
      review,
    });
    const several = sentence.citations.length > 1;
    for (const c of sentence.citations) {
      edges.push({
        kind: 'reports',
        from: sourceIds.get(c)!,
        to: id,
        basis: 'quoted',
        quote: sentence.quote,
        ...(sentence.section ? { section: sentence.section } : {}),
        ...(several ? { note: `The brief cites ${sentence.citations.map((x) => `[${x}]`).join(' ')} for this sentence; which of them publishes the number it does not say.` } : {}),
      });
    }
  }
  return { nodes, edges };
}
