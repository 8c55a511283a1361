// The corpus overview as data (corpusOverview: briefs with their claims, the works two briefs or more share, an edge per
// citing brief weighted by its markers, the caps) and as a picture (corpusOverviewLayout: deterministic, nothing
// overlapping, briefs sharing works side by side).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../src/generate/write-corpus.js';
import { importBrief } from '../src/import/import-brief.js';
import { briefOrder, briefSize, corpusOverviewLayout, workSize } from '../src/layout/corpus-overview.js';
import { loadGraph } from '../src/load/load-graph.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { briefIds } from '../src/query/brief-view.js';
import { corpusOverview, type CorpusOverview } from '../src/query/corpus-overview.js';
import { sharedWorks } from '../src/query/shared-works.js';
import { packageRoot } from '../src/paths.js';

const BRIEFS = join(packageRoot, 'test', 'fixtures', 'briefs');
let fixtures: ClaimGraph;
let generated: ClaimGraph;

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'claimgraph-overview-')), 'corpus');
  for (const name of ['burglary-arrests.md', 'wastewater-monitoring.md', 'burglary-clearance.md']) importBrief(join(BRIEFS, name), dir);
  fixtures = loadGraph(dir);
  const big = join(mkdtempSync(join(tmpdir(), 'claimgraph-overview-')), 'generated');
  await writeSyntheticCorpus(big, { briefs: 400, seed: 5 });
  generated = loadGraph(big);
}, 120_000);

/** Each brief's claims, counted from the graph. */
const claimsOf = (graph: ClaimGraph, brief: string) => graph.filterNodes((_id, n) => n.kind === 'claim' && n.brief === brief).length;

describe('corpusOverview', () => {
  it('the fixture corpus: three briefs with their claims, the two works both burglary briefs cite, one edge per citing brief with its markers', () => {
    const overview = corpusOverview(fixtures);
    expect(overview.briefs.map((b) => [b.id, b.claims, b.works])).toEqual([
      ['brief:burglary-arrests', claimsOf(fixtures, 'brief:burglary-arrests'), 2],
      ['brief:burglary-clearance', claimsOf(fixtures, 'brief:burglary-clearance'), 2],
      ['brief:wastewater-monitoring', claimsOf(fixtures, 'brief:wastewater-monitoring'), 0],
    ]);
    expect(overview.briefs.every((b) => b.claims > 0)).toBe(true);
    expect(overview.works.map((w) => [w.id, w.briefs, w.markers])).toEqual([
      ['work:imaginarystatisticsbureau-2020', 2, 2],
      ['work:testa-2019', 2, 2],
    ]);
    expect(overview.edges.map((e) => [e.brief, e.work, e.markers.map((m) => m.id)])).toEqual([
      ['brief:burglary-arrests', 'work:imaginarystatisticsbureau-2020', ['source:burglary-arrests/2']],
      ['brief:burglary-clearance', 'work:imaginarystatisticsbureau-2020', ['source:burglary-clearance/1']],
      ['brief:burglary-arrests', 'work:testa-2019', ['source:burglary-arrests/1']],
      ['brief:burglary-clearance', 'work:testa-2019', ['source:burglary-clearance/2']],
    ]);
    expect(overview).toMatchObject({ sharedWorks: 2, totalBriefs: 3, maxWorks: 300 });
  });

  it('a generated corpus: exactly sharedWorks, the most shared first, capped at 300, every citing brief an edge with its markers', () => {
    const shared = sharedWorks(generated);
    expect(shared.length).toBeGreaterThan(300);
    const overview = corpusOverview(generated);
    expect(overview.sharedWorks).toBe(shared.length);
    expect(overview.works.map((w) => w.id)).toEqual(shared.slice(0, 300).map((w) => w.work.id));
    expect(overview.works.map((w) => w.briefs)).toEqual(shared.slice(0, 300).map((w) => w.briefs.length));
    expect(overview.briefs.map((b) => b.id)).toEqual(briefIds(generated));
    const expected = shared.slice(0, 300).flatMap((w) => w.briefs.map((b) => `${b.brief.id} ${w.work.id} ${b.sources.length}`));
    expect(overview.edges.map((e) => `${e.brief} ${e.work} ${e.markers.length}`)).toEqual(expected);
    // A brief's claims are its own: the sum is every claim of the corpus.
    expect(overview.briefs.reduce((n, b) => n + b.claims, 0)).toBe(generated.filterNodes((_id, n) => n.kind === 'claim').length);
  });

  it('caps works and briefs on demand, saying how many there were; refuses a cap that is not a whole number', () => {
    const works = corpusOverview(fixtures, { maxWorks: 1 });
    expect(works.works.map((w) => w.id)).toEqual(['work:imaginarystatisticsbureau-2020']);
    expect(works.sharedWorks).toBe(2);
    expect(works.edges.every((e) => e.work === 'work:imaginarystatisticsbureau-2020')).toBe(true);
    // The brief citing the most drawn works stays (a tie goes by id); edges to the others go.
    const briefs = corpusOverview(fixtures, { maxBriefs: 1 });
    expect(briefs.briefs.map((b) => b.id)).toEqual(['brief:burglary-arrests']);
    expect(briefs.totalBriefs).toBe(3);
    expect(new Set(briefs.edges.map((e) => e.brief))).toEqual(new Set(['brief:burglary-arrests']));
    for (const bad of [-1, 1.5, Number.NaN]) expect(() => corpusOverview(fixtures, { maxWorks: bad })).toThrow(/claimgraph\/corpusOverview: maxWorks/);
    expect(corpusOverview(fixtures, { maxWorks: Infinity }).works).toHaveLength(2);
  });
});

/** Pairs of nodes closer than the sum of their radii. */
function overlapping(overview: CorpusOverview, layout: ReturnType<typeof corpusOverviewLayout>): string[] {
  const ids = [...overview.briefs, ...overview.works].map((n) => n.id);
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = layout.positions.get(ids[i]!)!;
      const b = layout.positions.get(ids[j]!)!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < layout.sizes.get(ids[i]!)! + layout.sizes.get(ids[j]!)!) out.push(`${ids[i]} ${ids[j]}`);
    }
  return out;
}

describe('corpusOverviewLayout', () => {
  it('places every brief and work, the same way every time, none over another; sizes grow with claims and briefs', () => {
    for (const graph of [fixtures, generated]) {
      const overview = corpusOverview(graph);
      const layout = corpusOverviewLayout(overview);
      expect([...layout.positions.keys()].sort()).toEqual([...overview.briefs, ...overview.works].map((n) => n.id).sort());
      expect([...layout.positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      expect(overlapping(overview, layout)).toEqual([]);
      const again = corpusOverviewLayout(corpusOverview(graph));
      expect([...again.positions]).toEqual([...layout.positions]);
    }
    expect(briefSize(20)).toBeGreaterThan(briefSize(4));
    expect(workSize(50)).toBeGreaterThan(workSize(2));
  });

  it('works sit inside the ring of briefs, the most shared nearest the middle', () => {
    const overview = corpusOverview(generated);
    const { positions } = corpusOverviewLayout(overview);
    const radius = (id: string) => Math.hypot(positions.get(id)!.x, positions.get(id)!.y);
    const innermostBrief = Math.min(...overview.briefs.map((b) => radius(b.id)));
    expect(Math.max(...overview.works.map((w) => radius(w.id)))).toBeLessThan(innermostBrief);
    const top = overview.works.slice(0, 10).map((w) => radius(w.id));
    const rest = overview.works.slice(-50).map((w) => radius(w.id));
    expect(top.reduce((a, b) => a + b, 0) / top.length).toBeLessThan(rest.reduce((a, b) => a + b, 0) / rest.length);
  });

  it('orders briefs so that briefs sharing a work are neighbours on the ring', () => {
    const brief = (id: string) => ({ id, kind: 'brief' as const, label: id, claims: 3, works: 1 });
    const work = (id: string) => ({ id, kind: 'work' as const, label: id, briefs: 2, markers: 2 });
    const edge = (b: string, w: string) => ({ brief: b, work: w, markers: [] });
    const overview: CorpusOverview = {
      briefs: ['brief:a', 'brief:b', 'brief:c', 'brief:d'].map(brief),
      works: [work('work:ac'), work('work:bd')],
      edges: [edge('brief:a', 'work:ac'), edge('brief:c', 'work:ac'), edge('brief:b', 'work:bd'), edge('brief:d', 'work:bd')],
      sharedWorks: 2,
      totalBriefs: 4,
      maxWorks: 300,
      maxBriefs: 2000,
    };
    const order = briefOrder(overview);
    expect(order).toEqual(['brief:a', 'brief:c', 'brief:b', 'brief:d']);
    // Each work at the mean of its two briefs: the midpoint of neighbours on the circle.
    const { positions } = corpusOverviewLayout(overview);
    const mid = (a: string, b: string) => ({ x: (positions.get(a)!.x + positions.get(b)!.x) / 2, y: (positions.get(a)!.y + positions.get(b)!.y) / 2 });
    expect(positions.get('work:ac')!.x).toBeCloseTo(mid('brief:a', 'brief:c').x, 6);
    expect(positions.get('work:ac')!.y).toBeCloseTo(mid('brief:a', 'brief:c').y, 6);
  });
});
