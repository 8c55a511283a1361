// A corpus of briefs: imported one by one into one folder, kept apart (nothing of one brief attaches to another's),
// joined only by the works they cite; cross-brief queries, --brief scoping, the bibliography, migration from 0.1.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bibtexFormat } from '../src/export/formats/bibtex.js';
import { importBrief } from '../src/import/import-brief.js';
import { loadGraph } from '../src/load/load-graph.js';
import { DatasetError } from '../src/load/problems.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { defaultDatasetDir, packageRoot } from '../src/paths.js';
import { audit } from '../src/query/audit.js';
import { briefView } from '../src/query/brief-view.js';
import { citedBy } from '../src/query/cited-by.js';
import { figuresForClaim } from '../src/query/figures-for-claim.js';
import { sharedWorks } from '../src/query/shared-works.js';
import { sourcesFor } from '../src/query/sources-for.js';
import { funnel } from '../src/query/funnel.js';
import { briefDocuments } from '../src/corpus/brief-documents.js';
import { claim, edge, makeGraph, source, work, writeDataset } from './helpers/make-graph.js';
import { runCli } from './helpers/run-cli.js';

const FIXTURES = join(packageRoot, 'test', 'fixtures');
const BRIEFS = join(FIXTURES, 'briefs');
const temp = () => mkdtempSync(join(tmpdir(), 'claimgraph-corpus-'));

/** Every file under a folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true }) as string[]).filter((name) => statSync(join(dir, name)).isFile()).map((name) => [name, readFileSync(join(dir, name), 'latin1')]),
  );
}

/** The work a source refers to. */
const workOf = (graph: ClaimGraph, source: string) => graph.outNeighbors(source).find((n) => n.startsWith('work:'));

describe('two unrelated briefs imported into one folder', () => {
  let dir: string;
  let graph: ClaimGraph;
  beforeAll(async () => {
    dir = join(temp(), 'corpus');
    // The command line a new user tried: the second brief's [1] was merged into the first's, its answer answered the
    // first brief's question, and validate said ok.
    expect((await runCli('import', join(BRIEFS, 'burglary-arrests.md'), '--out', dir)).code).toBe(0);
    expect((await runCli('import', join(BRIEFS, 'wastewater-monitoring.md'), '--out', dir)).code).toBe(0);
    graph = loadGraph(dir);
  });

  it('keeps each brief apart: its own question, claims and markers, each in its own folder', () => {
    expect(graph.filterNodes((_id, n) => n.kind === 'brief').sort()).toEqual(['brief:burglary-arrests', 'brief:wastewater-monitoring']);
    expect(readdirSync(join(dir, 'briefs')).sort()).toEqual(['burglary-arrests', 'wastewater-monitoring']);
    // Two markers [1], two sources: each local to its brief.
    const ones = graph.filterNodes((_id, n) => n.kind === 'source' && n.citation === '1').sort();
    expect(ones).toEqual(['source:burglary-arrests/1', 'source:wastewater-monitoring/1']);
    expect(workOf(graph, ones[0]!)).not.toBe(workOf(graph, ones[1]!));
  });

  it("answers each brief's question with that brief's claims only", () => {
    graph.forEachEdge((key, e, from, to) => {
      if (e.kind !== 'answers') return;
      expect(graph.getNodeAttribute(from, 'brief' as never), key).toBe(graph.getNodeAttribute(to, 'brief' as never));
    });
    const wastewater = graph.filterNodes((_id, n) => n.kind === 'question' && n.brief === 'brief:wastewater-monitoring')[0]!;
    const answers = graph.inNeighbors(wastewater);
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) expect(a.startsWith('claim:wastewater-monitoring/')).toBe(true);
  });

  it('validates, and refuses an edge that joins two briefs, at its file, line and column', async () => {
    expect((await runCli('validate', '--data', dir)).code).toBe(0);
    const bad = join(temp(), 'crossed');
    cpSync(dir, bad, { recursive: true });
    const file = join(bad, 'briefs', 'wastewater-monitoring', 'graph.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { edges: unknown[] };
    const burglaryAnswer = graph.filterNodes((_id, n) => n.kind === 'claim' && n.brief === 'brief:burglary-arrests' && n.role === 'answer')[0]!;
    data.edges.push(edge('supports', 'source:wastewater-monitoring/1', burglaryAnswer, { quote: 'x' }));
    writeFileSync(file, JSON.stringify(data, null, 2));
    const { code, stderr } = await runCli('validate', '--data', bad);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(`graph\\.json:\\d+:\\d+  /edges/\\d+/to  a supports edge cannot join brief:wastewater-monitoring's source:wastewater-monitoring/1 to brief:burglary-arrests's ${burglaryAnswer}: briefs stay apart`),
    );
  });
});

describe('briefs citing the same documents', () => {
  let dir: string;
  let graph: ClaimGraph;
  let reports: ReturnType<typeof importBrief>[];
  beforeAll(() => {
    dir = join(temp(), 'corpus');
    reports = ['burglary-arrests.md', 'wastewater-monitoring.md', 'burglary-clearance.md'].map((name) => importBrief(join(BRIEFS, name), dir));
    graph = loadGraph(dir);
  });

  it('holds one work per document: the same DOI, or the same URL written differently, is matched, never copied', () => {
    const clearance = reports[2]!.works;
    expect(clearance.created).toEqual([]);
    expect(clearance.matched.map((m) => [m.citation, m.work, m.by])).toEqual([
      ['1', 'work:imaginarystatisticsbureau-2020', 'url'],
      ['2', 'work:testa-2019', 'doi'],
    ]);
    expect(workOf(graph, 'source:burglary-clearance/2')).toBe(workOf(graph, 'source:burglary-arrests/1'));
    expect(graph.filterNodes((_id, n) => n.kind === 'work' && n.doi === '10.5555/synthetic.burglary.2019')).toEqual(['work:testa-2019']);
  });

  it('proposes a weaker match (same title and author, another year) with its confidence and reason, and keeps both works', () => {
    const proposed = reports[1]!.works.proposed;
    expect(proposed).toEqual([
      { source: 'source:wastewater-monitoring/2', citation: '2', work: 'work:sample-2018', matches: [{ work: 'work:sample-2021', confidence: 'low', reason: 'same title; same first author; years differ (2018 vs 2021)' }] },
    ]);
    expect(graph.hasNode('work:sample-2018') && graph.hasNode('work:sample-2021')).toBe(true);
    expect(audit(graph).proposedSameWorks.map((f) => [f.id, f.other.id, f.confidence])).toEqual([['work:sample-2018', 'work:sample-2021', 'low']]);
    // A curator who judges them two documents says so once; they are not proposed again.
    const curated = join(temp(), 'curated');
    cpSync(dir, curated, { recursive: true });
    const works = JSON.parse(readFileSync(join(curated, 'works.json'), 'utf8')) as { nodes: { id: string; notSameAs?: string[] }[] };
    works.nodes.find((w) => w.id === 'work:sample-2018')!.notSameAs = ['work:sample-2021'];
    writeFileSync(join(curated, 'works.json'), JSON.stringify(works, null, 2));
    expect(audit(loadGraph(curated)).proposedSameWorks).toEqual([]);
  });

  it('cited-by lists every brief and claim resting on a work; shared-works the works that join briefs', async () => {
    const cited = citedBy(graph, 'work:testa-2019');
    expect(cited.briefs.map((b) => [b.brief.id, b.citations.map((c) => c.source.citation)])).toEqual([
      ['brief:burglary-arrests', ['1']],
      ['brief:burglary-clearance', ['2']],
    ]);
    const arrests = cited.briefs[0]!;
    expect(arrests.claims.map((c) => c.id).sort()).toEqual(graph.outNeighbors('source:burglary-arrests/1').filter((n) => n.startsWith('claim:')).sort());
    expect(sharedWorks(graph).map((w) => w.work.id)).toEqual(['work:imaginarystatisticsbureau-2020', 'work:testa-2019']);
    expect(sharedWorks(graph, { briefs: ['brief:burglary-arrests', 'brief:wastewater-monitoring'] })).toEqual([]);
    const { stdout, code } = await runCli('cited-by', 'work:testa-2019', '--data', dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^work:testa-2019  Synthetic incident logs of a made-up county\n2 briefs, 2 citations, \d+ claims resting on it\n/);
    const json = JSON.parse((await runCli('shared-works', '--data', dir, '--brief', 'burglary-arrests', '--brief', 'burglary-clearance', '--json')).stdout) as { work: { id: string } }[];
    expect(json.map((w) => w.work.id)).toEqual(['work:imaginarystatisticsbureau-2020', 'work:testa-2019']);
  });

  it('gives one bibliography entry per work, however many briefs cite it', () => {
    const bib = bibtexFormat.write(graph) as string;
    expect(bib.match(/^@\w+\{testa2019,/gm)).toHaveLength(1);
    expect(bib.match(/^ {2}doi = \{10\.5555\/synthetic\.burglary\.2019\}/gm)).toHaveLength(1);
    expect((bib.match(/^@/gm) ?? []).length).toBe(graph.filterNodes((_id, n) => n.kind === 'work').length);
  });

  it('--brief answers every query for one brief: its sources, its search hits, its audit, its export', async () => {
    const claimOf = (brief: string) => graph.filterNodes((_id, n) => n.kind === 'claim' && n.brief === brief && n.role === 'answer')[0]!;
    const view = briefView(graph, 'burglary-clearance');
    expect(view.filterNodes((_id, n) => 'brief' in n && n.brief !== undefined && n.brief !== 'brief:burglary-clearance')).toEqual([]);
    expect(sourcesFor(view, claimOf('brief:burglary-clearance'))).toEqual(sourcesFor(graph, claimOf('brief:burglary-clearance')));
    // A claim of another brief is not there.
    const other = await runCli('sources', claimOf('brief:burglary-arrests'), '--data', dir, '--brief', 'burglary-clearance');
    expect(other.code).toBe(2);
    const found = JSON.parse((await runCli('find', 'clearance', '--data', dir, '--brief', 'burglary-arrests', '--json')).stdout) as { id: string }[];
    expect(found.length).toBeGreaterThan(0);
    for (const hit of found) expect(hit.id.includes('burglary-clearance')).toBe(false);
    const bib = (await runCli('export', '--data', dir, '--brief', 'wastewater-monitoring', '--format', 'bibtex')).stdout;
    expect(bib).toContain('fluss2022');
    expect(bib).not.toContain('testa2019');
    const unknown = await runCli('stats', '--data', dir, '--brief', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no brief "brief:nope" in the graph \(briefs: brief:burglary-arrests, brief:burglary-clearance, brief:wastewater-monitoring\)/);
  });

  it('re-importing one brief, edited, changes that brief alone: every file of the others stays byte for byte', () => {
    const copy = join(temp(), 'again');
    cpSync(dir, copy, { recursive: true });
    const before = snapshot(copy);
    const edited = readFileSync(join(BRIEFS, 'burglary-arrests.md'), 'utf8').replace(
      'A second survey found that victims often do not report a burglary at all [3].',
      'A second survey found that victims often do not report a burglary at all [3]. Insurers keep their own counts [4].\n\n[4] Fictional Insurers Association. Made-up claims counts. https://example.org/fia/claims (2022).',
    );
    // [4] joins the reference list: put its line after the others.
    const text = edited.replace('\n\n[4] Fictional', '').replace(/(\[3\] Sample[^\n]*)/, '$1\n[4] Fictional Insurers Association. Made-up claims counts. https://example.org/fia/claims (2022).');
    const path = join(temp(), 'burglary-arrests.md');
    writeFileSync(path, text);
    const result = importBrief(path, copy);
    expect(result.outcome).toBe('merged');
    expect(result.written.sort()).toEqual(['briefs/burglary-arrests/imported.json', 'works.json']);
    const after = snapshot(copy);
    for (const [name, bytes] of Object.entries(before)) {
      if (name === 'works.json') continue;
      expect(after[name], name).toBe(bytes);
    }
    // works.json gained the one new work; every work it held is unchanged.
    const works = (text_: string) => (JSON.parse(text_) as { nodes: { id: string }[] }).nodes;
    expect(works(after['works.json']!).slice(0, works(before['works.json']!).length)).toEqual(works(before['works.json']!));
    expect(works(after['works.json']!).map((w) => w.id)).toContain('work:fictionalinsurersassociation-2022');
    const g = loadGraph(copy);
    expect(g.hasNode('source:burglary-arrests/4')).toBe(true);
    expect(workOf(g, 'source:burglary-arrests/4')).toBe('work:fictionalinsurersassociation-2022');
  });
});

describe('source dependence', () => {
  it('flags a claim whose sources all rest on one work: press coverage of one report is not independent support', () => {
    const graph = makeGraph({
      nodes: [
        claim('a'),
        claim('b'),
        source(1, { identification: 'candidate', evidence: 'e' }),
        source(2, { identification: 'candidate', evidence: 'e' }),
        source(3, { identification: 'candidate', evidence: 'e' }),
        work('report', { title: 'The report' }),
        work('press', { title: 'Press release on the report' }),
        work('news', { title: 'A news story on the report' }),
        work('other', { title: 'Another study' }),
      ],
      edges: [
        edge('refers-to', 'source:1', 'work:press'),
        edge('refers-to', 'source:2', 'work:news'),
        edge('refers-to', 'source:3', 'work:other'),
        edge('derives-from', 'work:press', 'work:report'),
        edge('derives-from', 'work:news', 'work:report'),
        edge('supports', 'source:1', 'claim:a', { quote: 'q' }),
        edge('supports', 'source:2', 'claim:a', { quote: 'q' }),
        edge('supports', 'source:1', 'claim:b', { quote: 'q' }),
        edge('supports', 'source:3', 'claim:b', { quote: 'q' }),
      ],
    });
    const flagged = audit(graph).dependentSourceClaims;
    expect(flagged.map((f) => [f.claim.id, f.origin.id])).toEqual([['claim:a', 'work:report']]);
    expect(flagged[0]!.reason).toBe('its 2 sources all rest on work:report (work report): [1] cites work:press, drawn from it; [2] cites work:news, drawn from it');
    // cited-by the report reaches the claims through the works drawn from it.
    expect(citedBy(graph, 'work:report').briefs[0]!.claims.map((c) => c.id).sort()).toEqual(['claim:a', 'claim:b']);
    expect(citedBy(graph, 'work:report', { direct: true }).briefs).toEqual([]);
  });
});

describe('the loader keeps a brief folder to its own brief', () => {
  it('refuses another brief\'s node in a brief folder, and a brief\'s edge outside it, at file, line and column', () => {
    const dir = writeDataset({ 'corpus.json': { dataset: { title: 'c' } } });
    const write = (path: string, value: unknown) => {
      const full = join(dir, path);
      cpSync(writeDataset({ 'x.json': value }) + '/x.json', full, { recursive: true });
    };
    write('briefs/a/graph.json', {
      nodes: [{ kind: 'brief', id: 'brief:a', label: 'A' }, claim('a/x', { brief: 'brief:a' }), claim('b/y', { brief: 'brief:b' })],
    });
    write('briefs/b/graph.json', { nodes: [{ kind: 'brief', id: 'brief:b', label: 'B' }] });
    write('stray.json', { edges: [edge('qualifies', 'claim:a/x', 'claim:a/x')] });
    let problems: string[] = [];
    try {
      loadGraph(dir);
    } catch (error) {
      problems = (error as DatasetError).problems.map((p) => `${p.file.split('/').slice(-2).join('/')} ${p.pointer} ${p.message}`);
    }
    expect(problems).toContain('a/graph.json /nodes/2/brief the folder of brief:a holds only its own nodes ("brief": "brief:a")');
  });
});

describe('migrating a dataset of claimgraph 0.1', () => {
  it('is refused by the loader with the command to run, and after claimgraph migrate loads with its ids unchanged', async () => {
    const dir = join(temp(), 'gauges');
    cpSync(join(FIXTURES, 'legacy-dataset'), dir, { recursive: true });
    const before = await runCli('validate', '--data', dir);
    expect(before.code).toBe(1);
    expect(before.stderr.split('\n')[0]).toMatch(/graph\.json:1:1  \/  6 nodes are in the form of claimgraph 0\.1 .*run "claimgraph migrate --data <folder>"/);
    const { code, stdout } = await runCli('migrate', '--data', dir, '--brief', 'gauges');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^migrated .*gauges: brief:gauges; 2 works made, 0 merged; wrote graph\.json, works\.json\n/);
    const graph = loadGraph(dir);
    for (const id of ['question:gauges', 'claim:peaks-missed', 'claim:corrections-vary', 'source:1', 'source:2', 'figure:gauges-2020']) expect(graph.hasNode(id), id).toBe(true);
    expect(graph.getNodeAttribute('source:1', 'brief' as never)).toBe('brief:gauges');
    // [1]'s document is a work now, which [1] refers to; the curator's source of the figure is a work that reports it.
    expect(graph.getNodeAttributes(workOf(graph, 'source:1')!)).toMatchObject({ kind: 'work', title: 'Flash flood peaks at small gauges', doi: '10.5555/synthetic.gauges.2019' });
    expect(graph.hasNode('source:gauge-agency')).toBe(false);
    expect(graph.inNeighbors('figure:gauges-2020')).toEqual(['work:gauge-agency']);
    // A second run has nothing to do.
    const again = await runCli('migrate', '--data', dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/holds a brief node already: it is a corpus, nothing to migrate/);
  });

  it('an import into a 0.1 dataset is refused the same way, and writes nothing', async () => {
    const dir = join(temp(), 'gauges');
    cpSync(join(FIXTURES, 'legacy-dataset'), dir, { recursive: true });
    const before = snapshot(dir);
    const result = await runCli('import', join(BRIEFS, 'wastewater-monitoring.md'), '--into', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/claimgraph migrate/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('what a review of the corpus found (each fails without its fix)', () => {
  /** The problems a load reports, as `folder/file pointer message`. */
  const problemsOf = (dir: string): string[] => {
    try {
      loadGraph(dir);
      return [];
    } catch (error) {
      return (error as DatasetError).problems.map((p) => `${p.file.split('/').slice(-2).join('/')} ${p.pointer} ${p.message}`);
    }
  };
  const put = (dir: string, path: string, value: unknown) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');
  };

  it('--brief brief:<name> and a name in capitals name the brief the corpus holds: a re-import, not a second brief', () => {
    const dir = join(temp(), 'corpus');
    importBrief(join(BRIEFS, 'burglary-arrests.md'), dir);
    expect(importBrief(join(BRIEFS, 'burglary-arrests.md'), dir, { name: 'brief:burglary-arrests' }).outcome).toBe('unchanged');
    expect(importBrief(join(BRIEFS, 'burglary-arrests.md'), dir, { name: 'Burglary-Arrests' }).outcome).toBe('unchanged');
    expect(readdirSync(join(dir, 'briefs'))).toEqual(['burglary-arrests']);
  });

  it('an import into a corpus with a file that is not JSON names its file, line and column, exit 1, and writes nothing', async () => {
    const dir = join(temp(), 'corpus');
    importBrief(join(BRIEFS, 'burglary-arrests.md'), dir);
    put(dir, 'library.json', '{ "nodes": [\n  { "kind": "stage", "id": "stage:x", "label": "x", "order": 1 },\n] }\n');
    const before = snapshot(dir);
    const { code, stderr } = await runCli('import', join(BRIEFS, 'wastewater-monitoring.md'), '--into', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/library\.json:3:1/);
    expect(stderr).not.toMatch(/SyntaxError|    at /);
    expect(snapshot(dir)).toEqual(before);
  });

  it('two works with different DOIs are two documents, whatever their titles; a URL keeps the case of its path', () => {
    const paper = { title: 'Synthetic study of gauges', issued: '2020', authors: [{ family: 'Doe', given: 'J.' }] };
    const dir = writeDataset({
      'works.json': {
        nodes: [
          work('preprint', { ...paper, doi: '10.5555/preprint.1' }),
          work('journal', { ...paper, doi: '10.5555/journal.1' }),
          work('short-a', { title: 'A', url: 'https://sho.rt/AbC' }),
          work('short-b', { title: 'B', url: 'https://SHO.RT/abc' }),
        ],
      },
    });
    expect(problemsOf(dir)).toEqual([]);
    // The same title, year and author without a second DOI is one document, as before.
    const twice = writeDataset({ 'works.json': { nodes: [work('one', { ...paper, doi: '10.5555/preprint.1' }), work('two', paper)] } });
    expect(problemsOf(twice).join('\n')).toMatch(/work:two has the title, year and first author of work:one/);
    // And a curator who lists each in the other's notSameAs keeps them apart.
    const kept = writeDataset({ 'works.json': { nodes: [work('one', { ...paper, notSameAs: ['work:two'] }), work('two', paper)] } });
    expect(problemsOf(kept)).toEqual([]);
  });

  it('ids in a brief folder are named under the brief, so an import reading one folder cannot mint an id another holds', () => {
    const dir = writeDataset({ 'corpus.json': { dataset: { title: 'c' } } });
    put(dir, 'briefs/uk/graph.json', { nodes: [{ kind: 'brief', id: 'brief:uk', label: 'UK' }, claim('old/x', { brief: 'brief:uk' })] });
    expect(problemsOf(dir)).toEqual(['uk/graph.json /nodes/1/id an id in the folder of brief:uk is named under it (claim:uk/old/x), so no other brief\'s ids can collide with it: claim:old/x']);
  });

  it("a claim's figures are its own brief's and the library's, never another brief's figure of a shared work", () => {
    const fig = (slug: string, extra: Record<string, unknown>) => ({
      kind: 'figure', id: `figure:${slug}`, label: slug, measure: 'count', value: 10, qualifier: 'exact', unit: 'reports', jurisdiction: 'national', offences: 'all-report-types', periodStart: '2020', periodEnd: '2020', periodType: 'calendar', status: 'verified', scope: 'made up', ...extra,
    });
    const graph = makeGraph({
      nodes: [
        { kind: 'brief', id: 'brief:a', label: 'A' },
        { kind: 'brief', id: 'brief:b', label: 'B' },
        claim('a/x', { brief: 'brief:a' }),
        claim('b/y', { brief: 'brief:b' }),
        source('a/1', { brief: 'brief:a', citation: '1', identification: 'candidate', evidence: 'e' }),
        source('b/1', { brief: 'brief:b', citation: '1', identification: 'candidate', evidence: 'e' }),
        work('shared', { title: 'Shared' }),
        fig('library', {}),
        fig('a/own', { brief: 'brief:a' }),
      ],
      edges: [
        edge('supports', 'source:a/1', 'claim:a/x'),
        edge('supports', 'source:b/1', 'claim:b/y'),
        edge('refers-to', 'source:a/1', 'work:shared', { basis: 'inferred', note: 'n' }),
        edge('refers-to', 'source:b/1', 'work:shared', { basis: 'inferred', note: 'n' }),
        edge('reports', 'work:shared', 'figure:library'),
        edge('reports', 'work:shared', 'figure:a/own'),
      ],
    });
    expect(figuresForClaim(graph, 'claim:a/x').map((f) => f.figure.id)).toEqual(['figure:a/own', 'figure:library']);
    expect(figuresForClaim(graph, 'claim:b/y').map((f) => f.figure.id)).toEqual(['figure:library']);
  });

  it("a brief of several with no document of its own: its quotes are refused, not checked against another brief's text", () => {
    const dir = writeDataset({
      'graph.json': {
        dataset: { title: 'c', documents: [{ path: 'a.txt', role: 'brief', title: 'Brief A' }] },
        nodes: [
          { kind: 'brief', id: 'brief:a', label: 'A', document: 'a.txt' },
          { kind: 'brief', id: 'brief:b', label: 'B' },
          claim('a/x', { brief: 'brief:a' }),
          claim('b/y', { brief: 'brief:b' }),
          claim('b/z', { brief: 'brief:b' }),
        ],
        edges: [edge('supports', 'claim:b/z', 'claim:b/y', { quote: 'words of brief a' })],
      },
      'a.txt': 'These are the words of brief a.',
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/graph\.json \/edges\/0\/quote brief:b has no document, so this quote cannot be checked against its text/),
    ]);
  });

  it('shared-works --brief a --brief a is one brief, not two', async () => {
    const { code, stderr } = await runCli('shared-works', '--brief', 'a', '--brief', 'brief:a');
    expect(code).toBe(2);
    expect(stderr).toMatch(/two different briefs/);
  });
});

describe("a brief's research notes", () => {
  const sorted = (ids: string[]) => [...ids].sort();
  const figureIds = (graph: ClaimGraph) => funnel(graph).stages.flatMap((stage) => stage.figures.map((figure) => figure.id)).sort();

  it('keep their works and figures in the brief\'s view: alone, and beside another brief in a corpus', () => {
    const bundled = loadGraph(defaultDatasetDir);
    const csam = 'brief:csam-possession-prosecution';
    // Of the 41 figures only 4 are reported by a work the brief cites ([8]); the other 37 by works its notes name.
    expect(figureIds(bundled)).toHaveLength(41);
    expect(sorted(briefView(bundled, csam).nodes())).toEqual(sorted(bundled.nodes()));
    expect(briefView(bundled, csam).size).toBe(bundled.size);
    const dir = join(mkdtempSync(join(tmpdir(), 'claimgraph-research-')), 'corpus');
    cpSync(defaultDatasetDir, dir, { recursive: true });
    importBrief(join(BRIEFS, 'wastewater-monitoring.md'), dir);
    const corpus = loadGraph(dir);
    expect(figureIds(briefView(corpus, csam))).toEqual(figureIds(bundled));
    expect(sorted(briefView(corpus, csam).nodes())).toEqual(sorted(bundled.nodes()));
    // The other brief's folder holds its text alone: none of the bundled brief's notes, so none of their figures.
    const other = briefView(corpus, 'brief:wastewater-monitoring');
    expect(figureIds(other)).toEqual([]);
    expect(other.nodes().filter((id) => id.startsWith('work:'))).toHaveLength(2);
  });

  it("are a brief's documents only when they lie in its text's folder, and no other brief's text lies there", () => {
    const documents = ['brief.txt', 'research-notes.md', 'briefs/b/b.md', 'briefs/b/notes.md', 'briefs/c/c.md'];
    const of = (own: string | undefined, folderShared = false, onlyBrief = false) => [...briefDocuments({ own, documents, folderShared, onlyBrief })].sort();
    expect(of('brief.txt')).toEqual(['brief.txt', 'research-notes.md']);
    expect(of('briefs/b/b.md')).toEqual(['briefs/b/b.md', 'briefs/b/notes.md']);
    expect(of('briefs/c/c.md')).toEqual(['briefs/c/c.md']);
    // Two briefs' texts in one folder: whose notes are they? Neither's: each keeps its text.
    expect(of('brief.txt', true)).toEqual(['brief.txt']);
    // A brief without a text: every document when it is the only brief, none of them when there are others.
    expect(of(undefined, false, true)).toEqual([...documents].sort());
    expect(of(undefined)).toEqual([]);
  });

  it("of another brief in the same folder are not taken: two briefs' texts side by side keep only their own edges", () => {
    const fig = { kind: 'figure', id: 'figure:noted', label: 'noted', measure: 'count', value: 10, qualifier: 'exact', unit: 'reports', jurisdiction: 'national', offences: 'all-report-types', periodStart: '2020', periodEnd: '2020', periodType: 'calendar', status: 'verified', scope: 'made up' };
    const dir = writeDataset({
      'graph.json': {
        dataset: {
          title: 'c',
          documents: [
            { path: 'a.txt', role: 'brief', title: 'Brief A' },
            { path: 'b.txt', role: 'brief', title: 'Brief B' },
            { path: 'notes.md', role: 'research', title: 'Notes' },
          ],
        },
        nodes: [
          { kind: 'brief', id: 'brief:a', label: 'A', document: 'a.txt' },
          { kind: 'brief', id: 'brief:b', label: 'B', document: 'b.txt' },
          claim('a/x', { brief: 'brief:a' }),
          claim('b/y', { brief: 'brief:b' }),
          work('noted', { title: 'Noted' }),
          fig,
        ],
        edges: [edge('reports', 'work:noted', 'figure:noted', { quote: 'ten reports', document: 'notes.md' })],
      },
      'a.txt': 'Brief a.',
      'b.txt': 'Brief b.',
      'notes.md': 'There were ten reports.',
    });
    const graph = loadGraph(dir);
    expect(briefView(graph, 'brief:a').hasNode('figure:noted')).toBe(false);
    expect(briefView(graph, 'brief:b').hasNode('work:noted')).toBe(false);
  });
});
