// pandoc --citeproc renders the bundled dataset's bibliography, from the CSL-JSON and from the BibTeX export, with
// the identified documents' authors and titles as the dataset has them. Skipped where pandoc is not installed
// (.ci/run installs Debian's).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bibtexFormat } from '../src/export/formats/bibtex.js';
import { cslJsonFormat } from '../src/export/formats/csl-json.js';
import { REFERENCE_TYPES } from '../src/export/reference-types.js';
import { loadGraph } from '../src/load/load-graph.js';
import type { ClaimGraph } from '../src/model/graph.js';
import type { SourceNode, WorkNode } from '../src/model/schema.js';
import { defaultDatasetDir } from '../src/paths.js';
import { makeGraph, work } from './helpers/make-graph.js';

const pandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
let graph: ClaimGraph;
let dir: string;
let works: WorkNode[];
let unidentified: SourceNode[];

beforeAll(() => {
  graph = loadGraph(defaultDatasetDir);
  works = graph.filterNodes((_id, n) => n.kind === 'work').map((id) => graph.getNodeAttributes(id) as WorkNode);
  unidentified = graph.filterNodes((_id, n) => n.kind === 'source' && n.identification === 'stated').map((id) => graph.getNodeAttributes(id) as SourceNode);
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-pandoc-'));
  writeFileSync(join(dir, 'refs.json'), cslJsonFormat.write(graph) as string);
  writeFileSync(join(dir, 'refs.bib'), bibtexFormat.write(graph) as string);
  writeFileSync(join(dir, 'doc.md'), '---\nnocite: "@*"\n---\n');
});

function run(...args: string[]): string {
  const result = spawnSync('pandoc', args, { cwd: dir, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** Text as compared: quotes of any shape as one, runs of white space as one space, case aside (styles change case). */
const plain = (text: string) => text.replace(/[‘’'`]/g, "'").replace(/[“”"]/g, '"').replace(/\s+/g, ' ').toLowerCase();
/** What a reference list prints of an author: a person's family name, an organisation's name. */
const printed = (a: NonNullable<WorkNode['authors']>[number]) => ('literal' in a ? a.literal : a.family);

describe.skipIf(!pandoc)('pandoc --citeproc', () => {
  it("the dataset has documents to render: the works of the brief's four candidates and of the curator's figures, and eight sources nobody identified", () => {
    const cited = graph.filterEdges((_k, e) => e.kind === 'refers-to').map((k) => graph.getEdgeAttributes(k).to);
    expect(cited.sort()).toEqual(['work:DOJ-PSC-about', 'work:obrien-2024', 'work:pfefferkorn-2025', 'work:smith-2024']);
    expect(works.length).toBe(16);
    expect(unidentified.map((s) => s.citation).sort((a, b) => Number(a) - Number(b))).toEqual(['2', '3', '4', '5', '6', '9', '10', '11']);
  });

  for (const bibliography of ['refs.json', 'refs.bib']) {
    it(`renders a reference list from ${bibliography}: one entry per work (the page [8] cites and the figures' page once), each by its authors and title`, () => {
      const out = run('--citeproc', '--bibliography', bibliography, '-t', 'plain', '--wrap=none', 'doc.md');
      const entries = out.split(/\n\n+/).filter((e) => e.trim() !== '').map(plain);
      expect(entries).toHaveLength(works.length + unidentified.length);
      expect(entries.filter((e) => e.includes('about project safe childhood'))).toHaveLength(1);
      for (const work of works) {
        // A document the notes give no title for is printed by what it is (its label), not as a title.
        const entry = entries.find((e) => e.includes(plain(work.title ?? work.label)));
        expect(entry, `${work.id} title`).toBeDefined();
        // Chicago prints "———" for the authors of an entry that repeats the entry before's authors.
        const index = entries.indexOf(entry!);
        const named = entry!.startsWith('———') ? entries.slice(0, index).reverse().find((e) => !e.startsWith('———'))! : entry!;
        for (const author of work.authors ?? []) expect(named, `${work.id} ${printed(author)}`).toContain(plain(printed(author)));
        if (work.container) expect(entry).toContain(plain(work.container));
      }
    });

    it(`prints an entry with no title of its own (${bibliography}) as what it is, never its label as a quoted title`, () => {
      const out = run('--citeproc', '--bibliography', bibliography, '-t', 'plain', '--wrap=none', 'doc.md');
      for (const source of unidentified) {
        const what = `Source [${source.citation}] of the brief`;
        const line = out.split(/\n\n+/).find((e) => e.includes(what));
        expect(line, source.id).toBeDefined();
        // A title would be quoted and title-cased ("“Source [2] of the Brief …”"): this is the plain description.
        expect(line, source.id).not.toMatch(/[“"]Source \[/);
        expect(line, source.id).toContain(`${what} “`);
        expect(line, source.id).not.toContain(source.label);
      }
      for (const work of works.filter((w) => w.title === undefined)) {
        const line = out.split(/\n\n+/).find((e) => plain(e).includes(plain(work.label)))!;
        expect(line, work.id).toBeDefined();
        expect(line, work.id).not.toContain(`“${work.label}`);
      }
    });
  }

  it('renders a truncated author list as "et al." from both exports, and a complete one without it', () => {
    const g = makeGraph({
      nodes: [
        work('1', { title: 'Child pornography possessors', authors: [{ family: 'Wolak', given: 'J.' }, { family: 'Finkelhor', given: 'D.' }], authorsTruncated: true, cslType: 'article-journal', container: 'Sexual Abuse', issued: '2011' }),
        work('2', { title: 'Federal prosecution of child sex exploitation offenders', authors: [{ family: 'Motivans', given: 'M.' }, { family: 'Kyckelhahn', given: 'T.' }], cslType: 'report', issued: '2007-12' }),
      ],
    });
    writeFileSync(join(dir, 'etal.json'), cslJsonFormat.write(g) as string);
    writeFileSync(join(dir, 'etal.bib'), bibtexFormat.write(g) as string);
    for (const bibliography of ['etal.bib', 'etal.json']) {
      const out = run('--citeproc', '--bibliography', bibliography, '-t', 'plain', '--wrap=none', 'doc.md');
      const entries = out.split(/\n\n+/).filter((e) => e.trim() !== '');
      const wolak = entries.find((e) => e.includes('Wolak'));
      const motivans = entries.find((e) => e.includes('Motivans'));
      expect(wolak, `${bibliography}: ${out}`).toMatch(/^Wolak, J\., D\. Finkelhor, et al\. 2011\./);
      expect(wolak).not.toMatch(/others/i);
      expect(motivans, `${bibliography}: ${out}`).not.toMatch(/et al/);
    }
  });

  it('reads the BibTeX export back to the same authors (persons and organisations), titles and types as the CSL-JSON export', () => {
    const fromBib = JSON.parse(run('-f', 'bibtex', '-t', 'csljson', 'refs.bib')) as { id: string; title?: string; publisher?: string; author?: Record<string, string>[]; type: string }[];
    const csl = JSON.parse(cslJsonFormat.write(graph) as string) as { id: string; title?: string; genre?: string; author?: Record<string, string>[]; type: string }[];
    const byId = new Map(fromBib.map((item) => [item.id, item]));
    for (const item of csl) {
      const back = byId.get(item.id)!;
      if (item.title === undefined) {
        // No title of its own: none comes back; what it is (BibTeX's howpublished, CSL-JSON's genre) comes back whole.
        expect(back.title, item.id).toBeUndefined();
        expect(plain(back.publisher!), item.id).toContain(plain(item.genre!));
      } else expect(plain(back.title!), item.id).toBe(plain(item.title));
      expect(back.author?.map((a) => ({ ...a, ...(a.family ? { family: a.family.replace('’', "'") } : {}) })), item.id).toEqual(item.author);
      // An untitled entry is a @misc whatever its CSL type.
      if (item.title === undefined) continue;
      // BibTeX's @misc holds several CSL types (document, dataset, legislation ...): pandoc reads it back with no type.
      const misc = REFERENCE_TYPES[item.type as keyof typeof REFERENCE_TYPES].bibtex === 'misc';
      if (item.author) expect(misc ? back.type || 'misc' : back.type, item.id).toBe(misc ? 'misc' : item.type);
    }
  });
});
