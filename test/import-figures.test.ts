// Import of stated numbers: a cited sentence's number becomes a draft figure for review, never placed into a population
// or a stage the sentence does not name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statedNumbers, statedPopulation } from '../src/brief/numbers.js';
import { importBrief } from '../src/import/import-brief.js';
import { loadGraph } from '../src/load/load-graph.js';
import type { FigureNode } from '../src/model/schema.js';
import { funnel } from '../src/query/funnel.js';
import { mismatches } from '../src/query/rate.js';

const BRIEF = [
  'What share of reports lead to convictions?',
  '',
  'Executive summary',
  'NCMEC received 36.2 million reports in 2023 [4].',
  'In fiscal year 2020, 95% of federal child pornography defendants were convicted [2] [3].',
  'The study interviewed 24 prosecutors in 16 states [1].',
  'In 2021 the rules changed [1].',
  'Police made more than 8,500 arrests, by one count.',
  '',
].join('\n');

function importIt() {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-figimport-'));
  const brief = join(dir, 'brief.txt');
  writeFileSync(brief, BRIEF);
  const out = join(dir, 'out');
  return { result: importBrief(brief, out), graph: loadGraph(out) };
}

describe('stated numbers', () => {
  it('reads a count with its hedge and scale, and guesses its unit from the noun after it', () => {
    expect(statedNumbers('NCMEC received more than 36.2 million reports in 2023')).toEqual([
      { phrase: 'more than 36.2 million reports', value: 36_200_000, measure: 'count', qualifier: 'more-than', unit: 'reports', unitWord: 'reports' },
    ]);
    expect(statedNumbers('an estimated 3,672 arrests for CP possession')[0]).toMatchObject({ value: 3672, qualifier: 'estimated', unit: 'arrests' });
  });

  it('reads a share only with "of <noun>", its unit from the verb after it', () => {
    expect(statedNumbers('95% of defendants were convicted')).toEqual([
      { phrase: '95% of defendants were convicted', value: 0.95, measure: 'share', qualifier: 'exact', unit: 'defendants-convicted', unitWord: 'were convicted', denominatorUnit: 'defendants-charged' },
    ]);
    expect(statedNumbers('errors of 12.5% at peak flow')).toEqual([]);
  });

  it('takes no year, citation number or count of something else for a figure', () => {
    expect(statedNumbers('In 2021 the rules changed [1]')).toEqual([]);
    expect(statedNumbers('The study interviewed 24 prosecutors in 16 states')).toEqual([]);
  });

  it('names a population only where the sentence does', () => {
    expect(statedPopulation('NCMEC received 36.2 million reports in 2023')).toEqual({ jurisdiction: 'unstated', offences: 'unstated', periodStart: '2023', periodEnd: '2023', periodType: 'unstated' });
    expect(statedPopulation('In fiscal year 2020, 95% of federal child pornography defendants were convicted')).toEqual({
      jurisdiction: 'federal',
      offences: 'child-pornography',
      periodStart: '2020',
      periodEnd: '2020',
      periodType: 'fiscal',
    });
  });
});

describe('claimgraph import: draft figures', () => {
  it('turns each cited number into a figure for review, reported by the cited sources, tied to no stage', () => {
    const { result, graph } = importIt();
    expect(result.found.figures).toBe(2);
    const figures = graph.filterNodes((_id, n) => n.kind === 'figure').map((id) => graph.getNodeAttributes(id) as FigureNode);
    expect(figures.map((f) => f.value).sort()).toEqual([0.95, 36_200_000]);
    const reports = figures.find((f) => f.unit === 'reports')!;
    expect(reports).toMatchObject({ measure: 'count', qualifier: 'exact', jurisdiction: 'unstated', offences: 'unstated', periodStart: '2023', periodEnd: '2023', periodType: 'unstated', status: 'secondary' });
    expect(reports.review).toMatch(/check the number/);
    expect(reports.review).toMatch(/names no jurisdiction, offences, periodType: left unstated, not guessed/);
    const into = graph.filterInEdges(reports.id, (_k, e) => e.kind === 'reports').map((k) => graph.getEdgeAttributes(k));
    expect(into).toEqual([{ kind: 'reports', from: 'source:brief/4', to: reports.id, basis: 'quoted', quote: 'NCMEC received 36.2 million reports in 2023', section: 'Executive summary' }]);
    expect(graph.outDegree(reports.id)).toBe(0);
    const share = figures.find((f) => f.measure === 'share')!;
    expect(share).toMatchObject({ unit: 'defendants-convicted', denominatorUnit: 'defendants-charged', jurisdiction: 'federal', offences: 'child-pornography', periodType: 'fiscal' });
    expect(graph.inDegree(share.id)).toBe(2); // [2] and [3], each with a note that the brief does not say which publishes it
    // The funnel lists drafts apart, and rate never divides one.
    expect(funnel(graph).unplaced.map((f) => f.id).sort()).toEqual(figures.map((f) => f.id).sort());
    expect(mismatches(reports, { ...reports, id: 'figure:other', review: undefined, jurisdiction: 'worldwide' })).toContain(`${reports.id} is a draft under review`);
  });
});

describe('stated numbers: nouns a few words on', () => {
  it('finds the counted noun up to three words after the number', () => {
    expect(statedNumbers('In fiscal year 2020, 1,023 child pornography convictions were reported')).toEqual([
      { phrase: '1,023 child pornography convictions', value: 1023, measure: 'count', qualifier: 'exact', unit: 'defendants-convicted', unitWord: 'convictions' },
    ]);
    expect(statedNumbers('about 1.1 million were referred to U.S. law enforcement')).toEqual([]);
  });
});
