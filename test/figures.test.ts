// Figures on the pipeline: the comparability rules of `rate` on small graphs, and the research notes' figures in the bundled dataset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../src/load/load-graph.js';
import type { ClaimGraph } from '../src/model/graph.js';
import type { FigureNode, WorkNode } from '../src/model/schema.js';
import { defaultDatasetDir } from '../src/paths.js';
import { funnel } from '../src/query/funnel.js';
import { periodLabel, qualifierLabel, statusLabel, valueLabel } from '../src/query/figures.js';
import { rate } from '../src/query/rate.js';
import { runCli } from './helpers/run-cli.js';
import { edge, makeGraph, source, stage } from './helpers/make-graph.js';

type Extra = Partial<Record<keyof FigureNode, unknown>>;
const fig = (slug: string, extra: Extra = {}) => ({
  kind: 'figure',
  id: `figure:${slug}`,
  label: slug,
  measure: 'count',
  value: 100,
  qualifier: 'exact',
  unit: 'suspects-referred',
  jurisdiction: 'federal',
  offences: 'child-pornography',
  periodStart: '2010',
  periodEnd: '2010',
  periodType: 'calendar',
  status: 'verified',
  scope: `scope of ${slug}`,
  ...extra,
});
const reports = (src: string, f: string) => edge('reports', src, `figure:${f}`, { basis: 'quoted', quote: 'q' });
const measures = (f: string, s: string) => edge('measures', `figure:${f}`, `stage:${s}`, { basis: 'inferred', note: 'test' });

/** Two stages, a source, and the given figures: each measures the stages listed with it. */
function pipeline(figures: [Record<string, unknown>, ...string[]][]) {
  return makeGraph({
    nodes: [stage('a', 1), stage('b', 2), stage('c', 3), source('S', { label: 'Source S' }), ...figures.map(([f]) => f)],
    edges: [
      edge('precedes', 'stage:a', 'stage:b'),
      edge('precedes', 'stage:b', 'stage:c'),
      ...figures.flatMap(([f, ...stages]) => {
        const slug = String(f.id).slice('figure:'.length);
        return [reports('source:S', slug), ...stages.map((s) => measures(slug, s))];
      }),
    ],
  });
}

describe('rate: comparability rules on small graphs', () => {
  it('divides two counts of the same population and names it', () => {
    const g = pipeline([
      [fig('referred', { value: 400 }), 'a'],
      [fig('prosecuted', { value: 100, unit: 'suspects-prosecuted' }), 'b'],
    ]);
    const r = rate(g, 'stage:a', 'stage:b');
    expect(r.refused).toEqual([]);
    expect(r.rates).toHaveLength(1);
    expect(r.rates[0]).toMatchObject({ how: 'computed', value: 0.25, secondary: false, caveats: [] });
    expect(r.rates[0]!.statement).toBe('federal, child pornography suspects referred to prosecutors, 2010: 25% prosecuted (S; computed 100 / 400)');
  });

  it('refuses counts of different things, naming the units', () => {
    const g = pipeline([
      [fig('reports', { value: 1_000_000, unit: 'reports' }), 'a'],
      [fig('convicted', { value: 10, unit: 'defendants-convicted' }), 'b'],
    ]);
    const r = rate(g, 'stage:a', 'stage:b');
    expect(r.rates).toEqual([]);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]!.mismatches).toEqual(['reports vs defendants']);
  });

  it('refuses different periods, jurisdictions and offences, naming each', () => {
    const g = pipeline([
      [fig('world', { value: 5000, unit: 'reports', jurisdiction: 'worldwide', offences: 'all-report-types', periodStart: '2022', periodEnd: '2022' }), 'a'],
      [fig('federal', { value: 50, unit: 'offenders-sentenced', periodType: 'fiscal', periodStart: '2020', periodEnd: '2020' }), 'b'],
      [fig('later', { value: 50, unit: 'suspects-prosecuted', periodStart: '2011', periodEnd: '2011' }), 'b'],
    ]);
    const r = rate(g, 'stage:a', 'stage:b');
    expect(r.rates).toEqual([]);
    const byTo = new Map(r.refused.map((x) => [x.to.id, x.mismatches]));
    expect(byTo.get('figure:federal')).toEqual(['reports vs offenders', 'worldwide vs federal', 'all report types vs child pornography', '2022 vs FY2020']);
    expect(byTo.get('figure:later')).toEqual(['reports vs suspects', 'worldwide vs federal', 'all report types vs child pornography', '2022 vs 2011']);
    // Same population but another year: only the period is named.
    const g2 = pipeline([
      [fig('referred'), 'a'],
      [fig('prosecuted', { value: 50, unit: 'suspects-prosecuted', periodStart: '2011', periodEnd: '2011' }), 'b'],
    ]);
    expect(rate(g2, 'stage:a', 'stage:b').refused[0]!.mismatches).toEqual(['2010 vs 2011']);
  });

  it('refuses a later count larger than the earlier one (not a subset)', () => {
    const g = pipeline([
      [fig('referred', { value: 10 }), 'a'],
      [fig('prosecuted', { value: 50, unit: 'suspects-prosecuted' }), 'b'],
    ]);
    expect(rate(g, 'stage:a', 'stage:b').refused[0]!.mismatches[0]).toMatch(/not a subset/);
  });

  it('gives a share one source publishes from one stage to the other as it stands', () => {
    const g = pipeline([
      [fig('share', { measure: 'share', value: 0.6, qualifier: 'almost', unit: 'suspects-prosecuted', denominatorUnit: 'suspects-referred' }), 'a', 'b'],
      [fig('inside', { measure: 'share', value: 0.7, unit: 'suspects-referred', denominatorUnit: 'suspects-referred', numeratorOffences: 'cp-possession' }), 'a'],
    ]);
    const r = rate(g, 'stage:a', 'stage:b');
    expect(r.rates).toHaveLength(1);
    expect(r.rates[0]).toMatchObject({ how: 'published', value: 0.6, qualifier: 'almost' });
    expect(r.rates[0]!.statement).toBe('federal, child pornography suspects referred to prosecutors, 2010: almost 60% prosecuted (S)');
    expect(r.leftOut.map((l) => l.figure.id)).toEqual(['figure:inside']);
    // Asked for another step, the share is not used.
    expect(rate(g, 'stage:a', 'stage:c').rates).toEqual([]);
  });

  it('carries a caveat when a rate rests on a secondary figure, and --verified-only leaves such figures out', () => {
    const g = pipeline([
      [fig('referred', { value: 400 }), 'a'],
      [fig('prosecuted', { value: 100, unit: 'suspects-prosecuted', status: 'secondary', caveat: 'read on a blog' }), 'b'],
    ]);
    const r = rate(g, 'stage:a', 'stage:b');
    expect(r.rates[0]!.secondary).toBe(true);
    expect(r.rates[0]!.caveats).toEqual([
      'rests on a secondary figure (read only on a copy, blog or news page): figure:prosecuted',
      'figure:prosecuted: read on a blog',
    ]);
    const verified = rate(g, 'stage:a', 'stage:b', { verifiedOnly: true });
    expect(verified.rates).toEqual([]);
    expect(verified.leftOut).toMatchObject([{ figure: { id: 'figure:prosecuted' }, reason: 'secondary (--verified-only)' }]);
  });

  it('never divides a draft figure under review or with an unstated population', () => {
    const g = pipeline([
      [fig('referred', { value: 400 }), 'a'],
      [fig('draft', { value: 100, unit: 'suspects-prosecuted', jurisdiction: 'unstated', review: 'imported' }), 'b'],
    ]);
    const r = rate(g, 'stage:a', 'stage:b');
    expect(r.rates).toEqual([]);
    expect(r.refused[0]!.mismatches).toEqual(['figure:draft is a draft under review', 'jurisdiction unstated']);
  });

  it('checks its arguments: two stages, the first before the second', () => {
    const g = pipeline([[fig('x'), 'a']]);
    expect(() => rate(g, 'stage:b', 'stage:a')).toThrow(/^claimgraph\/rate: "stage:b" must come before "stage:a"/);
    expect(() => rate(g, 'figure:x', 'stage:a')).toThrow(/is a figure, not a stage/);
    expect(() => rate(g, 'stage:zz', 'stage:a')).toThrow(/no node "stage:zz"/);
  });

  it('the schema keeps "unstated" and a missing period for drafts under review', () => {
    expect(() => pipeline([[fig('bad', { jurisdiction: 'unstated' }), 'a']])).toThrow(/unstated/);
    expect(() => pipeline([[fig('bad', { periodStart: undefined, periodEnd: undefined }), 'a']])).toThrow(/periodStart/);
    expect(() => pipeline([[fig('ok', { jurisdiction: 'unstated', periodStart: undefined, periodEnd: undefined, review: 'check' }), 'a']])).not.toThrow();
  });

  it('writes periods and values as people do', () => {
    expect(periodLabel({ periodStart: '2000-07', periodEnd: '2001-06', periodType: 'study' })).toBe('July 2000 – June 2001');
    expect(periodLabel({ periodStart: '2020', periodEnd: '2020', periodType: 'fiscal' })).toBe('FY2020');
    expect(periodLabel({ periodStart: '2004', periodEnd: '2013', periodType: 'calendar' })).toBe('2004–2013');
    expect(valueLabel(fig('v', { value: 36_200_000, qualifier: 'more-than', unit: 'reports' }) as FigureNode)).toBe('more than 36,200,000 reports');
    expect(['exact', 'about', 'more-than', 'almost', 'estimated'].map((q) => qualifierLabel(q as FigureNode['qualifier']))).toEqual(['exact', 'about', 'more than', 'almost', 'an estimated']);
    expect(statusLabel('verified')).toBe("verified: read on the publisher's own page");
    expect(statusLabel('secondary')).toBe('secondary: read only on a copy, blog or news page');
  });
});

/** Every number in the "number" column of the research notes' section B, as a figure value (shares as fractions). */
function numbersOfSectionB(notes: string): number[] {
  const section = notes.slice(notes.indexOf('## B.'), notes.indexOf('## C.'));
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| stage') && !line.startsWith('|---'));
  const values: number[] = [];
  for (const row of rows) {
    const cell = row.split(' | ')[1]!;
    for (const m of cell.matchAll(/(FY)?(\d[\d,]*(?:\.\d+)?)( million|%| in 10)?/g)) {
      if (m[1]) continue; // a fiscal year, not a number
      const n = Number(m[2]!.replace(/,/g, ''));
      if (!m[3] && /^(19|20)\d\d$/.test(m[2]!)) continue; // a year
      values.push(m[3] === ' million' ? n * 1e6 : m[3] === '%' ? n / 100 : m[3] === ' in 10' ? n / 10 : n);
    }
  }
  return values;
}

describe('the research notes\' figures in the bundled dataset', () => {
  let graph: ClaimGraph;
  const notes = readFileSync(join(defaultDatasetDir, 'research-notes.md'), 'utf8');
  beforeAll(() => {
    graph = loadGraph(defaultDatasetDir);
  });

  it('holds every number of section B as a figure, and the funnel shows each figure at a stage', () => {
    const numbers = numbersOfSectionB(notes);
    expect(numbers.length).toBeGreaterThanOrEqual(38);
    const values = graph.filterNodes((_id, n) => n.kind === 'figure').map((id) => graph.getNodeAttribute(id, 'value' as never) as number);
    for (const n of numbers) expect(values.some((v) => Math.abs(v - n) < 1e-9), String(n)).toBe(true);
    for (const n of [21751085, 29397681, 32059029, 21669264, 29309106, 31901234, 203467, 167397, 54000, 3661, 36080, 1023]) expect(values).toContain(n);
    const f = funnel(graph);
    const listed = f.stages.flatMap((s) => s.figures.map((x) => x.id)).sort();
    expect(f.unplaced).toEqual([]);
    expect(listed).toEqual(graph.filterNodes((_id, n) => n.kind === 'figure').sort());
    expect(f.stages.map((s) => s.id)).toEqual(['stage:identification', 'stage:referral', 'stage:investigation', 'stage:charging', 'stage:conviction', 'stage:sentencing']);
  });

  it('keeps the notes\' sources apart, as curator candidates with their evidence, and quotes the notes verbatim', () => {
    expect(graph.getAttribute('documents')?.map((d) => d.role)).toEqual(['brief', 'research']);
    graph.forEachNode((id, node) => {
      if (node.kind !== 'figure') return;
      const reported = graph.filterInEdges(id, (_k, e) => e.kind === 'reports');
      expect(reported, id).toHaveLength(1);
      const e = graph.getEdgeAttributes(reported[0]!);
      expect(e.basis).toBe('quoted');
      expect(e.document).toBe('research-notes.md');
      expect(notes.includes(e.quote!), id).toBe(true);
      // Reported by a work (a document the notes name), not by a citation of the brief.
      const src = graph.getNodeAttributes(e.from) as WorkNode;
      expect(src.kind).toBe('work');
      expect(src.provenance, src.id).toMatch(/research notes/);
      expect(notes.includes(src.evidenceExcerpt!), src.id).toBe(true);
      for (const key of graph.filterOutEdges(id, (_k, x) => x.kind === 'measures')) {
        expect(graph.getEdgeAttributes(key)).toMatchObject({ basis: 'inferred', note: expect.any(String) });
      }
    });
  });

  it('keeps secondary figures secondary and the 2024 report count with its bundling caveat', () => {
    const at = (id: string) => graph.getNodeAttributes(id) as FigureNode;
    expect(at('figure:ncmec-reports-2024')).toMatchObject({ status: 'secondary', value: 20_500_000 });
    expect(at('figure:ncmec-reports-2024').caveat).toMatch(/bundling/);
    for (const id of ['figure:ncmec-reports-2023', 'figure:bjs-2006-cp-conviction-share', 'figure:ussc-cp-offenders-fy2020', 'figure:bjs-csec-prosecuted-share-2004-2013', 'figure:njov2-possession-arrests-2006']) {
      expect(at(id).status, id).toBe('secondary');
    }
    for (const id of ['figure:ncmec-reports-2022', 'figure:icac-investigations-fy2024', 'figure:bjs-2006-suspects-referred', 'figure:psc-indictments-fy2009']) {
      expect(at(id).status, id).toBe('verified');
    }
  });

  it('gives twin figures the same caveat: the 1994 share the denominator caveat of its 2006 twin, the mean prison terms their period', () => {
    const at = (id: string) => graph.getNodeAttributes(id) as FigureNode;
    expect(at('figure:bjs-1994-imprisoned-share').caveat).toContain(at('figure:bjs-2006-imprisoned-share').caveat!);
    for (const id of ['figure:bjs-csec-mean-prison-2004', 'figure:bjs-csec-mean-prison-2013']) expect(at(id).caveat, id).toMatch(/2004–2013/);
  });

  it('rate gives the within-source federal shares from investigation to charging', () => {
    const r = rate(graph, 'stage:investigation', 'stage:charging');
    const statements = r.rates.map((x) => x.statement);
    expect(statements).toContain(
      'federal, commercial sexual exploitation of children suspects in concluded matters, 2004–2013: 60% prosecuted (BJS-NCJ-250746-press-release)',
    );
    // The same report's yearly counts are suspects referred and defendants prosecuted: two groups, never divided.
    const yearly = r.refused.find((x) => x.from.id === 'figure:bjs-csec-suspects-referred-2004' && x.to.id === 'figure:bjs-csec-prosecuted-2004')!;
    expect(yearly.mismatches).toEqual(['suspects vs defendants']);
    expect(statements).toContain('federal, child sex exploitation suspects referred to prosecutors, 2006: almost 60% prosecuted (BJS-NCJ-219412)');
    for (const x of r.rates) expect(x.statement.startsWith('federal, ')).toBe(true);
    const press = r.rates.find((x) => x.share?.id === 'figure:bjs-csec-prosecuted-share-2004-2013')!;
    expect(press.secondary).toBe(true);
    expect(press.caveats[0]).toMatch(/secondary/);
    const verified = rate(graph, 'stage:investigation', 'stage:charging', { verifiedOnly: true });
    expect(verified.rates.every((x) => !x.secondary)).toBe(true);
    expect(verified.rates).toHaveLength(1);
  });

  it('rate refuses to divide reports by convictions or sentences, naming each mismatch', () => {
    const r = rate(graph, 'stage:referral', 'stage:sentencing');
    expect(r.rates).toEqual([]);
    const pair = r.refused.find((x) => x.from.id === 'figure:ncmec-reports-2022' && x.to.id === 'figure:ussc-cp-offenders-fy2020')!;
    expect(pair.mismatches).toEqual(['reports vs offenders', 'worldwide vs federal', 'all report types vs child pornography', '2022 vs FY2020']);
    expect(rate(graph, 'stage:referral', 'stage:conviction').rates).toEqual([]);
  });

  it('claimgraph funnel and rate print tables, JSON with --json, and refuse bad usage with exit 2', async () => {
    const f = await runCli('funnel');
    expect(f.code).toBe(0);
    expect(f.stdout).toContain('6 stages, 41 figures');
    expect(f.stdout).toMatch(/- figure:ncmec-reports-2024: Down from 36.2 million in 2023 because NCMEC began "bundling"/);
    expect(f.stdout).toMatch(/ 32,059,029 reports +worldwide, all report types, 2022 +verified +NCMEC-CyberTipline-2022/);
    const json = JSON.parse((await runCli('funnel', '--json')).stdout);
    expect(json.stages.map((s: { figures: unknown[] }) => s.figures.length).reduce((a: number, b: number) => a + b)).toBe(41);
    // Each step's rates keep whether they rest on a secondary figure, and their caveats.
    const step = json.steps.find((s: { from: string }) => s.from === 'stage:investigation') as { statements: { statement: string; secondary: boolean; caveats: string[] }[] };
    const press = step.statements.find((s) => s.statement.includes('60% prosecuted (BJS-NCJ-250746-press-release)'))!;
    expect(press.secondary).toBe(true);
    expect(press.caveats[0]).toMatch(/secondary/);
    expect(step.statements.find((s) => s.statement.includes('(BJS-NCJ-219412)'))).toMatchObject({ secondary: false, caveats: [expect.stringMatching(/denominator/)] });
    const r = await runCli('rate', 'stage:referral', 'stage:sentencing');
    expect(r.stdout).toMatch(/figure:ncmec-reports-2022 +figure:ussc-cp-offenders-fy2020 +reports vs offenders; worldwide vs federal; all report types vs child pornography; 2022 vs FY2020/);
    const v = JSON.parse((await runCli('rate', 'stage:investigation', 'stage:charging', '--verified-only', '--json')).stdout);
    expect(v.rates.map((x: { secondary: boolean }) => x.secondary)).toEqual([false]);
    const bad = await runCli('rate', 'stage:charging', 'stage:referral');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('documents listed by a file beside the one carrying "dataset"', () => {
  it('are added to the dataset\'s documents; a path listed twice is an error at its position', async () => {
    const { buildGraph } = await import('../src/load/build-graph.js');
    const meta = { dataset: { title: 't', documents: [{ path: 'brief.txt', title: 'b', role: 'brief' }] }, nodes: [] };
    const more = { documents: [{ path: 'notes.md', title: 'n', role: 'research' }], nodes: [] };
    const g = buildGraph([{ path: 'a.json', text: JSON.stringify(meta) }, { path: 'b.json', text: JSON.stringify(more) }], { source: 's', defaultTitle: 'd' });
    expect(g.getAttribute('documents')?.map((d) => d.path)).toEqual(['brief.txt', 'notes.md']);
    const twice = { documents: [{ path: 'brief.txt', title: 'again', role: 'research' }] };
    expect(() => buildGraph([{ path: 'a.json', text: JSON.stringify(meta) }, { path: 'b.json', text: JSON.stringify(twice, null, 2) }], { source: 's', defaultTitle: 'd' })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ file: 'b.json', pointer: '/documents/0/path', message: 'document "brief.txt" is listed twice' })] }),
    );
  });
});

describe('rate: the rules hold for any two counts (property)', () => {
  it('divides exactly when the counted noun, jurisdiction, offences and period agree and the later is not larger; else names each difference', async () => {
    const fc = (await import('fast-check')).default;
    const { FIGURE_UNIT_INFO } = await import('../src/model/schema.js');
    const units = ['reports', 'investigations', 'arrests', 'suspects-referred', 'suspects-prosecuted', 'defendants-convicted', 'offenders-sentenced'] as const;
    const side = fc.record({
      unit: fc.constantFrom(...units),
      jurisdiction: fc.constantFrom('worldwide', 'federal', 'state'),
      offences: fc.constantFrom('child-pornography', 'cp-possession'),
      year: fc.constantFrom('2010', '2011'),
      periodType: fc.constantFrom('calendar', 'fiscal'),
      value: fc.integer({ min: 1, max: 1000 }),
      status: fc.constantFrom('verified', 'secondary'),
    });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const make = (slug: string, s: typeof a) =>
          fig(slug, { unit: s.unit, jurisdiction: s.jurisdiction, offences: s.offences, periodStart: s.year, periodEnd: s.year, periodType: s.periodType, value: s.value, status: s.status });
        const g = pipeline([[make('a', a), 'a'], [make('b', b), 'b']]);
        const r = rate(g, 'stage:a', 'stage:b');
        const differences = [
          FIGURE_UNIT_INFO[a.unit].noun !== FIGURE_UNIT_INFO[b.unit].noun,
          a.jurisdiction !== b.jurisdiction,
          a.offences !== b.offences,
          a.year !== b.year || a.periodType !== b.periodType,
        ].filter(Boolean).length;
        if (differences === 0 && b.value <= a.value) {
          expect(r.refused).toEqual([]);
          expect(r.rates).toHaveLength(1);
          expect(r.rates[0]!.value).toBeCloseTo(b.value / a.value, 12);
          expect(r.rates[0]!.secondary).toBe(a.status === 'secondary' || b.status === 'secondary');
          expect(rate(g, 'stage:a', 'stage:b', { verifiedOnly: true }).rates).toHaveLength(a.status === 'verified' && b.status === 'verified' ? 1 : 0);
        } else {
          expect(r.rates).toEqual([]);
          expect(r.refused[0]!.mismatches).toHaveLength(differences === 0 ? 1 : differences);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('an edge quoting a document', () => {
  it('must name a document of the dataset', () => {
    const spec = {
      dataset: { title: 't', documents: [{ path: 'brief.txt', title: 'b', role: 'brief' }] },
      nodes: [stage('a', 1), source('S'), fig('x')],
      edges: [edge('reports', 'source:S', 'figure:x', { basis: 'quoted', quote: 'q', document: 'notes.md' })],
    };
    expect(() => makeGraph(spec)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ pointer: '/edges/0/document', message: 'document "notes.md" is not among the dataset\'s documents ("brief.txt")' })] }));
    expect(() => makeGraph({ ...spec, edges: [edge('reports', 'source:S', 'figure:x', { basis: 'quoted', quote: 'q', document: 'brief.txt' })] })).not.toThrow();
  });
});

describe('an edge quoting a document read from the dataset folder', () => {
  it('must quote it verbatim', async () => {
    const { writeDataset } = await import('./helpers/make-graph.js');
    const file = (quote: string) => ({
      dataset: { title: 't', documents: [{ path: 'notes.md', title: 'n', role: 'research' }] },
      nodes: [stage('a', 1), source('S'), fig('x')],
      edges: [edge('reports', 'source:S', 'figure:x', { basis: 'quoted', quote, document: 'notes.md' })],
    });
    expect(() => loadGraph(writeDataset({ 'g.json': file('about 97% in 2024'), 'notes.md': 'CSAM (about 97% in 2024).' }))).not.toThrow();
    expect(() => loadGraph(writeDataset({ 'g.json': file('about 98% in 2024'), 'notes.md': 'CSAM (about 97% in 2024).' }))).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ pointer: '/edges/0/quote', message: 'the quote does not occur in "notes.md" (only whitespace may differ): "about 98% in 2024"' })] }),
    );
  });
});
