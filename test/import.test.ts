// The importer: briefs (the bundled one, and briefs written for these tests) to draft datasets; merging; bad input.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../src/brief/parse-brief.js';
import { parseReferenceText } from '../src/brief/reference-styles.js';
import { importBrief } from '../src/import/import-brief.js';
import { loadGraph } from '../src/load/load-graph.js';
import { DatasetError } from '../src/load/problems.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { defaultDatasetDir } from '../src/paths.js';
import { runCli } from './helpers/run-cli.js';

const BUNDLED_BRIEF = join(defaultDatasetDir, 'brief.txt');
const temp = () => mkdtempSync(join(tmpdir(), 'claimgraph-import-'));

function writeBrief(text: string | Uint8Array, name = 'brief.txt'): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

/** The (citation number, quote) pairs of a graph's source -> claim supports edges. */
function citationPairs(graph: ClaimGraph): string[] {
  const pairs: string[] = [];
  graph.forEachEdge((_e, edge, from, to) => {
    const s = graph.getNodeAttributes(from);
    const c = graph.getNodeAttributes(to);
    if (edge.kind === 'supports' && s.kind === 'source' && c.kind === 'claim') pairs.push(`${s.citation} | ${c.quote}`);
  });
  return pairs.sort();
}

/** Every file of a folder (and its subfolders) with its bytes, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true }) as string[]).filter((name) => statSync(join(dir, name)).isFile()).map((name) => [name, readFileSync(join(dir, name), 'latin1')]),
  );
}

/** A node's attributes with the work its refers-to edge names merged in: what the brief's reference says of the document. */
function withWork(graph: ClaimGraph, source: string): Record<string, unknown> {
  const work = graph.outNeighbors(source).find((n) => n.startsWith('work:'));
  return { ...(work ? graph.getNodeAttributes(work) : {}), ...graph.getNodeAttributes(source) };
}

describe('importing the bundled brief', () => {
  it('yields its 12 cited sentences as claims, its 12 sources and 26 citation edges: the curated citation edges exactly', () => {
    const out = join(temp(), 'draft');
    const result = importBrief(BUNDLED_BRIEF, out);
    expect(result.outcome).toBe('created');
    const draft = loadGraph(out);
    const kinds = draft.mapNodes((_id, n) => n.kind);
    expect(kinds.filter((k) => k === 'claim')).toHaveLength(12);
    expect(kinds.filter((k) => k === 'source')).toHaveLength(12);
    expect(draft.filterEdges((_e, e) => e.kind === 'supports')).toHaveLength(26);
    expect(citationPairs(draft)).toEqual(citationPairs(loadGraph(defaultDatasetDir)));
    // The bottom line answers the question; sources are "stated" (the brief has no reference list).
    const answers = draft.filterNodes((_id, n) => n.kind === 'claim' && n.role === 'answer');
    expect(answers).toHaveLength(1);
    expect(draft.getNodeAttribute(answers[0]!, 'section' as never)).toBe('7');
    expect(draft.outNeighbors(answers[0]!)).toEqual(draft.filterNodes((_id, n) => n.kind === 'question'));
    expect(draft.filterNodes((_id, n) => n.kind === 'source' && n.identification !== 'stated')).toEqual([]);
    // A new corpus: the brief in its own folder (named after the file), its ids under its name.
    expect(result.briefId).toBe('brief:brief');
    expect(readFileSync(join(out, 'briefs/brief/brief.txt'), 'utf8')).toBe(readFileSync(BUNDLED_BRIEF, 'utf8'));
    expect(draft.nodes().filter((id) => !id.startsWith('brief:')).every((id) => id.includes(':brief/'))).toBe(true);
  });

  it('re-importing over the curated dataset changes nothing in it', async () => {
    const dir = join(temp(), 'curated');
    cpSync(defaultDatasetDir, dir, { recursive: true });
    const before = snapshot(dir);
    // The brief is named after its file: the team's copy is csam-possession-prosecution.txt, as the corpus names it.
    const named = join(temp(), 'csam-possession-prosecution.txt');
    writeFileSync(named, readFileSync(BUNDLED_BRIEF));
    const { code, stdout } = await runCli('import', named, '--into', dir);
    expect(code).toBe(0);
    expect(stdout).toContain('already holds everything in brief:csam-possession-prosecution: nothing written');
    expect(snapshot(dir)).toEqual(before);
    const result = importBrief(BUNDLED_BRIEF, dir, { name: 'csam-possession-prosecution' });
    expect(result.merge!.added).toEqual({ nodes: [], edges: [] });
    expect(result.merge!.left.nodes).toHaveLength(26);
    expect(result.merge!.left.edges).toHaveLength(27);
    expect(result.merge!.gone).toEqual({ nodes: [], edges: [] });
  });

  it('gives the same bytes for the same brief (stable ids)', () => {
    const a = join(temp(), 'a');
    const b = join(temp(), 'b');
    importBrief(BUNDLED_BRIEF, a);
    importBrief(BUNDLED_BRIEF, b);
    expect(readFileSync(join(a, 'briefs/brief/graph.json'), 'utf8')).toBe(readFileSync(join(b, 'briefs/brief/graph.json'), 'utf8'));
  });
});

describe('citation markers in every shape', () => {
  const brief = [
    'How often do lighthouses fail?',
    'Executive summary',
    'Lighthouse keepers logged few outages [1].',
    'Automation changed the records [1] [2].',
    'Coastal agencies disagree on what counts as a failure [2][3].',
    '1. Records',
    'Logs were kept by hand until the 1960s [1, 3]. Some logs were lost in storms [1,3].',
    'Three archives hold most surviving logs [1-3]. Two of them are digitised [2–4].',
    'A marker may also follow the full stop. [4] And this one sits before it [5].',
    '2. Bottom line',
    'No reliable failure rate can be computed from the records [1] [5].',
  ].join('\n');

  it('reads [1], [1] [2], [1][2], [1, 3], [1,3], [1-3], [1–3], before and after the full stop', () => {
    const parsed = parseBrief(brief);
    expect(parsed.problems).toEqual([]);
    const cited = parsed.sentences.filter((s) => s.citations.length > 0).map((s) => [s.quote, s.citations]);
    expect(cited).toEqual([
      ['Lighthouse keepers logged few outages', [1]],
      ['Automation changed the records', [1, 2]],
      ['Coastal agencies disagree on what counts as a failure', [2, 3]],
      ['Logs were kept by hand until the 1960s', [1, 3]],
      ['Some logs were lost in storms', [1, 3]],
      ['Three archives hold most surviving logs', [1, 2, 3]],
      ['Two of them are digitised', [2, 3, 4]],
      ['A marker may also follow the full stop', [4]],
      ['And this one sits before it', [5]],
      ['No reliable failure rate can be computed from the records', [1, 5]],
    ]);
  });

  it('imports them as claims with one supports edge per marker, the bottom line as the answer', () => {
    const out = join(temp(), 'd');
    const result = importBrief(writeBrief(brief), out);
    expect(result.found).toMatchObject({ claims: 10, sources: 5, citations: 19 });
    const g = loadGraph(out);
    expect(g.filterNodes((_id, n) => n.kind === 'claim' && n.role === 'answer').map((id) => g.getNodeAttribute(id, 'label'))).toEqual([
      'No reliable failure rate can be computed from the records',
    ]);
    expect(g.filterNodes((_id, n) => n.kind === 'claim' && n.section === '1')).toHaveLength(6);
  });
});

describe('sentences', () => {
  it('split correctly around abbreviations, decimals, initials, quotes and parentheses', () => {
    const text = [
      'Do U.S. courts convict?',
      'Summary',
      'In the U.S. federal system, e.g. in the Ninth Circuit, rates rose 3.5% in a year [1]. Dr. Ada Lovelace and J. R. Smith disagree, i.e. they read No. 7 differently [2]. The case Smith vs. Jones was settled (see the appendix.) [3] He said “this is final.” [4] Then the record ends (mostly) [5].',
    ].join('\n');
    const cited = parseBrief(text).sentences.filter((s) => s.citations.length > 0);
    expect(cited.map((s) => s.citations)).toEqual([[1], [2], [3], [4], [5]]);
    expect(cited[0]!.quote).toBe('In the U.S. federal system, e.g. in the Ninth Circuit, rates rose 3.5% in a year');
    expect(cited[1]!.quote).toBe('Dr. Ada Lovelace and J. R. Smith disagree, i.e. they read No. 7 differently');
    expect(cited[2]!.text).toBe('The case Smith vs. Jones was settled (see the appendix.) [3]');
    expect(cited[3]!.text).toBe('He said “this is final.” [4]');
  });

  it('lists uncited sentences in the report, not as claims', () => {
    const result = importBrief(writeBrief('Why?\nSummary\nThis one has a source [1]. This one has none.\n'), join(temp(), 'u'));
    expect(result.found.claims).toBe(1);
    expect(result.uncited).toEqual([{ line: 3, text: 'This one has none.' }]);
  });

  it('keeps each marker on its own sentence, for random sentences and marker shapes (property)', () => {
    const word = fc.constantFrom('courts', 'data', 'the', 'records', 'U.S.', 'e.g.', '3.5%', 'agencies', 'Dr.', 'files', '(mostly)');
    const shape = fc.constantFrom('single', 'spaced', 'tight', 'comma', 'range');
    const sentence = fc.record({ words: fc.array(word, { minLength: 2, maxLength: 8 }), numbers: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }), shape });
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        const written = sentences.map(({ words, numbers, shape: s }) => {
          const sorted = [...numbers].sort((a, b) => a - b);
          const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
          const marker =
            s === 'single' || numbers.length === 1
              ? numbers.map((n) => `[${n}]`).join(' ')
              : s === 'spaced'
                ? numbers.map((n) => `[${n}]`).join(' ')
                : s === 'tight'
                  ? numbers.map((n) => `[${n}]`).join('')
                  : s === 'range' && contiguous
                    ? `[${sorted[0]}-${sorted[sorted.length - 1]}]`
                    : `[${numbers.join(', ')}]`;
          return { text: `Claim ${words.join(' ')} ends here ${marker}.`, numbers: s === 'range' && contiguous ? sorted : numbers };
        });
        const parsed = parseBrief(`Question?\nSummary\n${written.map((w) => w.text).join(' ')}\n`);
        expect(parsed.problems).toEqual([]);
        expect(parsed.sentences.map((x) => x.citations)).toEqual(written.map((w) => w.numbers));
      }),
      { numRuns: 200 },
    );
  });
});

describe('Markdown briefs and reference lists', () => {
  const markdown = [
    '---',
    'author: the test',
    '---',
    '# Do river gauges under-report floods?',
    '',
    '## Summary',
    '',
    'Gauges miss the peak of flash floods in small',
    'catchments [1]. Agencies correct for this only',
    'in some states [2, 3].',
    '',
    '## 1. Evidence',
    '',
    '- Field studies found errors of 12.5% at peak flow [1].',
    '- Older gauges fail more often [3].',
    '',
    '## Conclusion',
    '',
    'Reported flood peaks are biased low in small catchments [1] [2].',
    '',
    '## References',
    '',
    '[1] Smith, J. (2019). Flash flood peaks at small gauges. Journal of Hydrology. https://doi.org/10.1016/j.jhydrol.2019.01.001',
    '[2] National Weather Service. “Gauge correction guidance.” 2021. https://www.weather.gov/guidance',
    '[3] Lee, K. and Park, S. *Ageing gauges*, Water Press, 2015.',
  ].join('\n');

  it('takes the title heading as the question, ## headings as sections, joins wrapped lines and reads list items', () => {
    const parsed = parseBrief(markdown);
    expect(parsed.format).toBe('markdown');
    expect(parsed.problems).toEqual([]);
    expect(parsed.question).toBe('Do river gauges under-report floods?');
    const cited = parsed.sentences.filter((s) => s.citations.length > 0);
    expect(cited.map((s) => [s.section, s.quote, s.line])).toEqual([
      ['Summary', 'Gauges miss the peak of flash floods in small catchments', 8],
      ['Summary', 'Agencies correct for this only in some states', 9],
      ['1', 'Field studies found errors of 12.5% at peak flow', 14],
      ['1', 'Older gauges fail more often', 15],
      ['Conclusion', 'Reported flood peaks are biased low in small catchments', 19],
    ]);
  });

  it('fills title, author, year, URL and DOI from the reference list, as candidates with the reference line as evidence', () => {
    const out = join(temp(), 'md');
    importBrief(writeBrief(markdown, 'gauges.md'), out);
    const g = loadGraph(out);
    // The document's fields are the work's; the source (the brief's [1]) refers to it, on the brief's word (quoted).
    expect(g.getEdgeAttributes(g.filterOutEdges('source:gauges/1', (_k, e) => e.kind === 'refers-to')[0]!)).toMatchObject({ basis: 'quoted', quote: markdown.split('\n').at(-3)!.slice(4) });
    expect(withWork(g, 'source:gauges/1')).toMatchObject({
      title: 'Flash flood peaks at small gauges',
      authors: [{ family: 'Smith', given: 'J.' }],
      issued: '2019',
      container: 'Journal of Hydrology',
      url: 'https://doi.org/10.1016/j.jhydrol.2019.01.001',
      doi: '10.1016/j.jhydrol.2019.01.001',
      identification: 'candidate',
      type: 'academic-study',
    });
    expect(g.getNodeAttribute('source:gauges/1', 'evidence' as never)).toContain('line 23');
    expect(withWork(g, 'source:gauges/2')).toMatchObject({ title: 'Gauge correction guidance', authors: [{ literal: 'National Weather Service' }], issued: '2021', url: 'https://www.weather.gov/guidance' });
    expect(withWork(g, 'source:gauges/3')).toMatchObject({ title: 'Ageing gauges', authors: [{ family: 'Lee', given: 'K.' }, { family: 'Park', given: 'S.' }], publisher: 'Water Press', issued: '2015' });
    expect(g.filterNodes((_id, n) => n.kind === 'claim' && n.role === 'answer')).toHaveLength(1);
  });

  it('reads Harvard, IEEE and an organisation\'s web page from the reference list, and marks an "et al." list truncated', () => {
    const brief = [
      '# How many people are prosecuted for possession?',
      '',
      '## Summary',
      '',
      'Arrests for possession rose between 2000 and 2006 [1]. Nine of ten federal defendants were imprisoned [2].',
      'Wastewater is monitored nationally [3]. Sewage sludge tracks outbreaks [4].',
      '',
      '## References',
      '',
      "[1] Wolak, J., Finkelhor, D. and Mitchell, K.J. (2011) 'Child pornography possessors: Trends in offender and case characteristics', Sexual Abuse, 23(1), pp. 22-42.",
      '[2] M. Motivans and T. Kyckelhahn, "Federal Prosecution of Child Sex Exploitation Offenders, 2006," Bureau of Justice Statistics, Washington, DC, USA, Rep. NCJ 219412, Dec. 2007.',
      '[3] Centers for Disease Control and Prevention. National Wastewater Surveillance System (NWSS). https://www.cdc.gov/nwss/index.html (2023).',
      '[4] Peccia J, Zulli A, Brackney DE, et al. Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics. Nat Biotechnol. 2020;38(10):1164-1167.',
    ].join('\n');
    const out = join(temp(), 'styles');
    importBrief(writeBrief(brief, 'styles.md'), out);
    const g = loadGraph(out);
    expect(withWork(g, 'source:styles/1')).toMatchObject({
      authors: [{ family: 'Wolak', given: 'J.' }, { family: 'Finkelhor', given: 'D.' }, { family: 'Mitchell', given: 'K.J.' }],
      issued: '2011',
      title: 'Child pornography possessors: Trends in offender and case characteristics',
      container: 'Sexual Abuse',
      volume: '23',
      issue: '1',
      pages: '22-42',
      cslType: 'article-journal',
      identification: 'candidate',
    });
    expect(g.getNodeAttribute('source:styles/1', 'evidence' as never)).toContain('(read as harvard)');
    const report = withWork(g, 'source:styles/2');
    expect(report).toMatchObject({
      authors: [{ family: 'Motivans', given: 'M.' }, { family: 'Kyckelhahn', given: 'T.' }],
      title: 'Federal Prosecution of Child Sex Exploitation Offenders, 2006',
      publisher: 'Bureau of Justice Statistics',
      issued: '2007-12',
      cslType: 'report',
    });
    // The report number has no field: it is in the line kept as the source's description and evidence, and as the
    // work's provenance (where its record comes from), and nowhere else.
    expect(report.description).toContain('Rep. NCJ 219412');
    expect(report.evidence).toContain('(read as ieee)');
    const named = (attributes: object) => Object.entries(attributes).filter(([, v]) => typeof v === 'string' && v.includes('219412')).map(([k]) => k).sort();
    expect(named(g.getNodeAttributes('source:styles/2'))).toEqual(['description', 'evidence']);
    expect(named(g.getNodeAttributes(g.outNeighbors('source:styles/2').find((n) => n.startsWith('work:'))!))).toEqual(['provenance']);
    expect(withWork(g, 'source:styles/3')).toMatchObject({
      authors: [{ literal: 'Centers for Disease Control and Prevention' }],
      title: 'National Wastewater Surveillance System (NWSS)',
      issued: '2023',
      url: 'https://www.cdc.gov/nwss/index.html',
      cslType: 'webpage',
    });
    expect(withWork(g, 'source:styles/4')).toMatchObject({ authors: [{ family: 'Peccia' }, { family: 'Zulli' }, { family: 'Brackney' }], authorsTruncated: true });
    for (const id of ['source:styles/1', 'source:styles/2', 'source:styles/3']) expect(withWork(g, id), id).not.toHaveProperty('authorsTruncated');
  });

  it('reads numbered reference lines too', () => {
    expect(parseReferenceText('Doe, A. (2020). A title here. Publisher.')).toMatchObject({ authors: [{ family: 'Doe', given: 'A.' }], issued: '2020', title: 'A title here', publisher: 'Publisher' });
    // Lines no reference style reads are kept as written, with no field guessed from a part of them.
    const parsed = parseBrief('Q?\nSummary\nA claim [1]. Another [2].\nSources\n1. First source, 2001.\n2. Second source https://example.org/x.\n');
    expect(parsed.references).toEqual([
      { number: 1, text: 'First source, 2001.', line: 5 },
      { number: 2, text: 'Second source https://example.org/x.', line: 6 },
    ]);
    const out = join(temp(), 'raw');
    importBrief(writeBrief('Q?\nSummary\nA claim [1]. Another [2].\nSources\n1. First source, 2001.\n2. Second source https://example.org/x.\n'), out);
    const graph = loadGraph(out);
    const raw = withWork(graph, 'source:brief/1');
    expect(raw.evidence).toBe('The reference list of brief.txt, line 5, kept as written: no reference style reads it: “First source, 2001.”');
    expect(raw.identification).toBe('stated');
    for (const field of ['title', 'authors', 'issued', 'url', 'doi', 'container', 'publisher']) expect(raw[field], field).toBeUndefined();
    expect(graph.filterNodes((_id, n) => n.kind === 'work')).toEqual([]);
  });
});

describe('merging into a curated dataset', () => {
  it('adds what is new to imported.json, leaves curated files and ids alone, and reports what the brief dropped', async () => {
    const dir = join(temp(), 'curated');
    cpSync(defaultDatasetDir, dir, { recursive: true });
    const before = snapshot(dir);
    // The brief, with one sentence dropped (the press-release sentence) and one new cited sentence added to section 6.
    const original = readFileSync(BUNDLED_BRIEF, 'utf8');
    const dropped = 'DOJ press releases and district announcements provide anecdotal conviction examples but are not population‑level rates [8] [11].';
    expect(original).toContain(dropped);
    const edited = original.replace(` ${dropped}`, '').replace('[1] [12].', '[1] [12]. Detection tools also flag lawful images, which wastes investigative time [13].');
    const { code, stdout } = await runCli('import', writeBrief(edited), '--into', dir, '--brief', 'csam-possession-prosecution');
    expect(code).toBe(0);
    expect(stdout).toContain('+ claim:detection-tools-also-flag-lawful-images');
    expect(stdout).toContain('+ source:13');
    expect(stdout).toContain('- claim:press-releases-are-anecdotes');
    // Every curated file is byte for byte as it was; only imported.json is new.
    const after = snapshot(dir);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'imported.json'].sort());
    for (const [name, bytes] of Object.entries(before)) expect(after[name], name).toBe(bytes);
    const g = loadGraph(dir);
    expect(g.order).toBe(102); // the brief node, 42 curated from the brief, 57 from the research notes (16 works, 41 figures), 2 new
    expect(g.hasEdge('source:13 -supports-> claim:detection-tools-also-flag-lawful-images')).toBe(true);
    expect(g.getNodeAttribute('claim:press-releases-are-anecdotes', 'label')).toBe('DOJ press releases and district announcements give anecdotal conviction examples, not population-level rates');
    expect(g.getEdgeAttribute('source:13 -supports-> claim:detection-tools-also-flag-lawful-images', 'basis')).toBe('inferred');
    // A second import of the same brief finds nothing new.
    const again = importBrief(writeBrief(edited), dir, { name: 'csam-possession-prosecution' });
    expect(again.outcome).toBe('unchanged');
  });
});

describe('bad input: a clear message naming the line, exit 1, nothing written', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['an empty file', '', /brief\.txt:1:1  the file is empty/],
    ['a binary file', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x01, 0x02]), /brief\.txt:2:1  this is a binary file/],
    ['invalid UTF-8', new Uint8Array([0x51, 0x3f, 0x0a, 0x41, 0xff, 0xfe, 0x0a]), /brief\.txt:2:2  this is not UTF-8 text/],
    ['no citation at all', 'A question?\nSummary\nNothing here is cited. Nor here.\n', /brief\.txt:1:1  no citation markers anywhere/],
    ['an unclosed bracket', 'Q?\nSummary\nA claim [1]. Another claim [2.\n', /brief\.txt:3:28  "\[" is never closed/],
    ['a stray closing bracket', 'Q?\nSummary\nA claim [1]. Another 2] claim.\n', /brief\.txt:3:23  "\]" closes no "\["/],
    ['a malformed marker', 'Q?\nSummary\nA claim [1]. Another [1, ] claim.\n', /brief\.txt:3:22  "\[1, \]" looks like a citation marker/],
    ['a marker outside the reference list', 'Q?\nSummary\nA claim [1]. Another [4].\nReferences\n[1] Only one, 2020.\n', /brief\.txt:3:22  \[4\] cites \[4\], which the reference list \(line 4\) does not have/],
  ];
  for (const [name, content, message] of cases) {
    it(name, async () => {
      const out = join(temp(), 'out');
      const { code, stderr, stdout } = await runCli('import', writeBrief(content), '--out', out);
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
      expect(stdout).toBe('');
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(join(out, '..')).filter((n) => n !== 'brief.txt')).toEqual([]);
    });
  }

  it('throws DatasetError from the API, with every problem at once', () => {
    const path = writeBrief('Q?\nSummary\nOne [1. Two [2]]. Three [x].\n');
    expect(() => importBrief(path, join(temp(), 'x'))).toThrow(DatasetError);
    try {
      importBrief(path, join(temp(), 'x'));
    } catch (error) {
      expect((error as DatasetError).message).toMatch(/^claimgraph\/import: 1 problem/);
    }
  });

  it('a usage error without --into', async () => {
    const { code, stderr } = await runCli('import', BUNDLED_BRIEF);
    expect(code).toBe(2);
    expect(stderr).toContain('--into');
  });
});

describe('reference files: --references refs.bib|refs.ris|refs.json', () => {
  const brief = 'Why do prosecutions lag?\nSummary\nProsecutions have not risen at the same rate [1]. Counts are stacked at trial [2]. Project Safe Childhood concentrates cases [3]. Nothing else is known [4].\n';
  const bib = [
    '@article{ref1,',
    "  author = {O'Brien and Kahn and Gast and Mitchell},",
    "  title = {{'They are not victimless crimes…that's frustrating to hear': Qualitative insights from prosecutors working on cases related to technology facilitated child sexual abuse material}},",
    '  journal = {Child Abuse \\& Neglect},',
    '  year = {2024},',
    '  doi = {10.1016/j.chiabu.2024.107169}',
    '}',
    '@online{ref3,',
    '  author = {{U.S. Department of Justice}},',
    '  title = {About Project Safe Childhood},',
    '  url = {https://www.justice.gov/psc/about-project-safe-childhood}',
    '}',
    '@misc{pfefferkorn2025,',
    '  author = {Pfefferkorn, Riana},',
    '  title = {Court Rules That Constitution Protects Private Possession of AI-Generated CSAM},',
    '  year = {2025}',
    '}',
  ].join('\n');
  const ris = ['TY  - JOUR', 'ID  - 2', 'AU  - Smith, J. Brett', 'TI  - Trying cases involving child sexual abuse material', 'T2  - The Texas Prosecutor', 'PY  - 2024', 'ER  - ', ''].join('\n');

  it('fills the sources from a BibTeX and an RIS file, linking entries by key or number; the rest stay stated', async () => {
    const dir = temp();
    const bibPath = join(dir, 'refs.bib');
    const risPath = join(dir, 'refs.ris');
    writeFileSync(bibPath, bib);
    writeFileSync(risPath, ris);
    const out = join(dir, 'out');
    const { code, stdout, stderr } = await runCli('import', writeBrief(brief), '--out', out, '--references', bibPath, '--references', risPath);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/refs\.bib: 2 entries filled \[1\] \[3\]\n  not linked \(no citation number or numbered key\): pfefferkorn2025\n/);
    expect(stdout).toMatch(/refs\.ris: 1 entry filled \[2\]\n/);
    const g = loadGraph(out);
    expect(withWork(g, 'source:brief/1')).toMatchObject({
      identification: 'candidate',
      authors: [{ family: "O'Brien" }, { family: 'Kahn' }, { family: 'Gast' }, { family: 'Mitchell' }],
      container: 'Child Abuse & Neglect',
      issued: '2024',
      doi: '10.1016/j.chiabu.2024.107169',
      cslType: 'article-journal',
    });
    expect(withWork(g, 'source:brief/1').title).toMatch(/^'They are not victimless crimes…that's frustrating to hear': Qualitative insights/);
    expect(withWork(g, 'source:brief/1').evidence).toMatch(/^Entry “ref1” of .*refs\.bib, linked to \[1\] by its key/);
    expect(withWork(g, 'source:brief/2')).toMatchObject({ authors: [{ family: 'Smith', given: 'J. Brett' }], title: 'Trying cases involving child sexual abuse material', container: 'The Texas Prosecutor', issued: '2024' });
    expect(withWork(g, 'source:brief/2').evidence).toMatch(/refs\.ris, linked to \[2\] by its key/);
    // A braced BibTeX organisation is an organisation, not a person called "Justice".
    expect(withWork(g, 'source:brief/3')).toMatchObject({ authors: [{ literal: 'U.S. Department of Justice' }], title: 'About Project Safe Childhood', cslType: 'webpage' });
    expect(g.getNodeAttributes('source:brief/4')).toMatchObject({ identification: 'stated' });
    // A reference file's link is the researcher's record, not the brief's word.
    expect(g.getEdgeAttributes(g.filterOutEdges('source:brief/1', (_k, e) => e.kind === 'refers-to')[0]!).basis).toBe('inferred');
  });

  it('links CSL-JSON items by their citation label, as claimgraph exports them', () => {
    const dir = temp();
    const json = join(dir, 'refs.json');
    writeFileSync(json, JSON.stringify([{ id: 'smith2024', type: 'article-journal', title: 'Trying cases involving child sexual abuse material', author: [{ family: 'Smith', given: 'J. Brett' }], issued: { 'date-parts': [[2024, 5]] }, 'citation-label': '[2]' }]));
    const out = join(dir, 'out');
    const result = importBrief(writeBrief(brief), out, { references: [json] });
    expect(result.referenceFiles).toEqual([{ file: expect.stringMatching(/refs\.json$/), linked: [2], unlinked: [], uncited: [] }]);
    expect(withWork(loadGraph(out), 'source:brief/2')).toMatchObject({ issued: '2024-05', evidence: expect.stringMatching(/linked to \[2\] by its citation label\.$/) });
  });

  it('reads BibTeX\'s "and others" and CSL-JSON\'s closing name "others" as a truncated list, not as an author', () => {
    const dir = temp();
    const bibPath = join(dir, 'refs.bib');
    writeFileSync(bibPath, "@article{ref1,\n  author = {O'Brien, M. and Kahn, R. and others},\n  title = {Qualitative insights from prosecutors},\n  year = {2024}\n}\n");
    const json = join(dir, 'refs.json');
    writeFileSync(json, JSON.stringify([{ id: 'x', type: 'report', title: 'Federal prosecution', author: [{ family: 'Motivans', given: 'M.' }, { literal: 'others' }], 'citation-label': '[2]' }]));
    const out = join(dir, 'out');
    importBrief(writeBrief(brief), out, { references: [bibPath, json] });
    const g = loadGraph(out);
    expect(withWork(g, 'source:brief/1')).toMatchObject({ authors: [{ family: "O'Brien", given: 'M.' }, { family: 'Kahn', given: 'R.' }], authorsTruncated: true });
    expect(withWork(g, 'source:brief/1').authors).toHaveLength(2);
    expect(withWork(g, 'source:brief/2')).toMatchObject({ authors: [{ family: 'Motivans', given: 'M.' }], authorsTruncated: true });
    expect(withWork(g, 'source:brief/2').authors).toHaveLength(1);
  });

  it('refuses an unreadable or unknown reference file with one line and exit 1, writing nothing', async () => {
    const dir = temp();
    const bad = join(dir, 'refs.bib');
    writeFileSync(bad, 'this is not bibtex at all');
    const txt = join(dir, 'refs.txt');
    writeFileSync(txt, 'x');
    for (const [file, message] of [
      [bad, /refs\.bib  cannot be read as BibTeX|refs\.bib  holds no BibTeX entry/],
      [txt, /refs\.txt  not a reference file claimgraph reads: give \.bib, \.ris or \.json/],
    ] as const) {
      const out = join(dir, 'out');
      const result = await runCli('import', writeBrief(brief), '--out', out, '--references', file);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });
});
