// Subgraphs, and the formats for papers: JSON, BibTeX, CSL-JSON, Markdown and LaTeX evidence tables, TikZ, SVG.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationKeys } from '../src/export/citation-keys.js';
import { evidenceRows } from '../src/export/evidence-rows.js';
import { bibtexFormat } from '../src/export/formats/bibtex.js';
import { cslJsonFormat } from '../src/export/formats/csl-json.js';
import { jsonFormat } from '../src/export/formats/json.js';
import { latexFormat } from '../src/export/formats/latex.js';
import { markdownFormat } from '../src/export/formats/markdown.js';
import { svgFormat } from '../src/export/formats/svg.js';
import { tikzFormat } from '../src/export/formats/tikz.js';
import { sortedEdges, sortedNodes } from '../src/export/order.js';
import { evidenceFlowLayout } from '../src/layout/evidence-flow.js';
import { loadGraph } from '../src/load/load-graph.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { NODE_KIND_INFO, type WorkNode } from '../src/model/schema.js';
import { defaultDatasetDir } from '../src/paths.js';
import { obstacleDetail } from '../src/query/obstacles-for.js';
import { sourcesFor } from '../src/query/sources-for.js';
import { subgraph } from '../src/query/subgraph.js';
import { hostileGraph, hostileStrings } from './helpers/hostile-strings.js';
import { groupingBalanced } from './helpers/latex-braces.js';
import { makeGraph, source, work } from './helpers/make-graph.js';

const ANSWER = 'claim:no-national-rate';
let graph: ClaimGraph;
beforeAll(() => {
  graph = loadGraph(defaultDatasetDir);
});

/** Undoes `latexEscape` (and BibTeX's brace commands): what a LaTeX reader would print. */
function unLatex(text: string): string {
  text = text.replace(/([-'`!?])\{\}/g, '$1');
  const commands: Record<string, string> = { textbackslash: '\\', textasciicircum: '^', textasciitilde: '~', textless: '<', textgreater: '>', textbar: '|', textbraceleft: '{', textbraceright: '}' };
  return text.replace(/\\(text[a-z]+)\{\}|\\([{}%$#_&])/g, (_m, command: string | undefined, char: string | undefined) => (command ? commands[command]! : char!));
}

/**
 * An XML parser that records errors (not well-formed input). xmldom's warnings are left out: it warns about U+FFFD, a
 * character any text may hold, which says nothing about the file.
 */
const strictXmlParser = (errors: string[]) =>
  new DOMParser({ onError: (level, message) => void (level === 'warning' || errors.push(`${level}: ${message}`)) });

/** A text on one line, as a Markdown table cell holds it. */
const flat = (s: string) => s.replace(/\r\n|[\r\n]/g, ' ');
/** A text as LaTeX gets it: line breaks and tabs as spaces. */
const latexLine = (s: string) => s.replace(/\r\n|[\r\n\t]/g, ' ');

describe('subgraph', () => {
  it('the answer claim with everything that supports it to depth 2: the sources within two supports hops, with their brief and works', () => {
    const part = subgraph(graph, { focus: ANSWER, depth: 2, direction: 'in', edgeKinds: ['supports'] });
    // The brief and the works its sources refer to come along: a part without them would not load.
    expect(new Set(part.mapNodes((_id, n) => n.kind))).toEqual(new Set(['brief', 'claim', 'source', 'work']));
    expect(part.filterEdges((_e, e) => e.kind === 'refers-to').map((k) => part.source(k)).sort()).toEqual(part.filterNodes((_id, n) => n.kind === 'source' && n.identification !== 'stated').sort());
    const expected = sourcesFor(graph, ANSWER).filter((s) => s.path.length - 1 <= 2).map((s) => s.source.id);
    expect(expected.length).toBeGreaterThan(4);
    expect(expected.length).toBeLessThan(12);
    expect(sourcesFor(part, ANSWER).map((s) => s.source.id).sort()).toEqual(expected.sort());
    expect(part.filterEdges((_e, e) => e.kind !== 'supports' && e.kind !== 'refers-to')).toEqual([]);
  });

  it('one obstacle with its documenting sources', () => {
    const obstacle = 'obstacle:jurisdictional-splits';
    const part = subgraph(graph, { focus: obstacle, depth: 1, direction: 'in', edgeKinds: ['documents'] });
    const kept = part.filterNodes((id, n) => id !== obstacle && n.kind === 'source');
    expect(kept.sort()).toEqual(obstacleDetail(graph, obstacle).documentedBy.map((d) => d.source.id).sort());
  });

  it('keeps only the node kinds asked for, and checks its options', () => {
    const part = subgraph(graph, { nodeKinds: ['source', 'obstacle'] });
    expect(part.order).toBe(12 + 11 + 1 + 4); // the brief's 12 sources, 11 obstacles; the brief and 4 works they refer to come along
    expect(new Set(part.mapEdges((_e, e) => e.kind))).toEqual(new Set(['documents', 'part-of', 'refers-to']));
    expect(() => subgraph(graph, { focus: 'claim:nope' })).toThrow(/^claimgraph\/subgraph: no node "claim:nope"/);
    expect(() => subgraph(graph, { nodeKinds: ['claim', 'nope' as never] })).toThrow(/unknown node kind "nope"/);
    expect(() => subgraph(graph, { focus: ANSWER, depth: -1 })).toThrow(/depth must be a whole number/);
    expect(() => subgraph(graph, { focus: ANSWER, nodeKinds: ['source'] })).toThrow(/a kind the options leave out/);
  });
});

describe('json', () => {
  it('loads back with loadGraph to an identical graph', () => {
    const part = subgraph(graph, { focus: ANSWER, depth: 2 });
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-json-'));
    writeFileSync(join(dir, 'graph.json'), jsonFormat.write(part) as string);
    // The dataset's documents travel with it.
    for (const doc of graph.getAttribute('documents') ?? []) copyFileSync(join(defaultDatasetDir, doc.path), join(dir, doc.path));
    const back = loadGraph(dir);
    expect(sortedNodes(back)).toEqual(sortedNodes(part));
    expect(sortedEdges(back)).toEqual(sortedEdges(part));
    expect(back.getAttributes()).toEqual(part.getAttributes());
    expect(jsonFormat.write(back)).toBe(jsonFormat.write(part));
  });
});

describe('bibliography: bibtex and csl-json', () => {
  it('has one entry per work and per source nobody identified, keyed as the tables cite them; each says how it is known in note', () => {
    const keys = citationKeys(graph);
    const bib = parseBibtex(bibtexFormat.write(graph) as string);
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((e) => e.key).sort()).toEqual([...keys.byNode.values()].sort());
    // 16 works (the page [8] cites and the page the figures were read on are one) and the 8 sources nobody identified.
    expect(bib.entries).toHaveLength(16 + 8);
    const nodeOf = (key: string) => graph.getNodeAttributes([...keys.byNode].find(([, k]) => k === key)![0]);
    for (const entry of bib.entries) {
      const node = nodeOf(entry.key);
      const cited = node.kind === 'work' && graph.someInEdge(node.id, (_k, e) => e.kind === 'refers-to');
      if (node.kind === 'source') expect(entry.fields.note).toMatch(/^Known only from the brief, which cites it as \[\d+\]/);
      else if (cited) expect(entry.fields.note).toMatch(/^Candidate identification of the brief's \[\d+\]: /);
      else expect(entry.fields.note).toMatch(/^Added by the curator \(cited by no brief\)/);
    }
    const csl = JSON.parse(cslJsonFormat.write(graph) as string) as { id: string; note: string; 'citation-label'?: string }[];
    expect(csl.map((i) => i.id)).toEqual(bib.entries.map((e) => e.key));
    expect(csl.map((i) => i['citation-label']).slice(0, 12)).toEqual(Array.from({ length: 12 }, (_, i) => `[${i + 1}]`));
    // Every key a table cites is in the bibliography.
    const all = new Set(keys.byNode.values());
    const cited = new Set(evidenceRows(graph).flatMap((r) => [...r.direct, ...r.indirect, ...r.inferred]));
    for (const key of cited) expect(all.has(key), key).toBe(true);
    expect([...(markdownFormat.write(graph) as string).matchAll(/@([a-z0-9]+)/g)].every((m) => cited.has(m[1]!))).toBe(true);
  });

  it('writes a truncated author list ("et al.") as BibTeX\'s "and others" and CSL-JSON\'s closing name "others", saying so in the note', () => {
    const listed = [{ family: 'Wolak', given: 'J.' }, { family: 'Finkelhor', given: 'D.' }];
    const g = makeGraph({
      nodes: [
        work('1', { title: 'Child pornography possessors', authors: listed, authorsTruncated: true, cslType: 'article-journal', container: 'Sexual Abuse', issued: '2011' }),
        work('2', { title: 'Federal prosecution', authors: [{ family: 'Motivans', given: 'M.' }], cslType: 'report', issued: '2007-12' }),
      ],
    });
    const text = bibtexFormat.write(g) as string;
    expect(text).toContain('author = {Wolak, J. and Finkelhor, D. and others}');
    expect(text).toContain('author = {Motivans, M.}');
    const { entries, errors } = parseBibtex(text);
    expect(errors).toEqual([]);
    expect(entries.find((e) => e.key === 'wolak2011')!.fields.author).toEqual([{ lastName: 'Wolak', firstName: 'J.' }, { lastName: 'Finkelhor', firstName: 'D.' }, { lastName: 'others' }]);
    const csl = JSON.parse(cslJsonFormat.write(g) as string) as { id: string; author: unknown[]; note: string }[];
    const wolak = csl.find((i) => i.id === 'wolak2011')!;
    const motivans = csl.find((i) => i.id === 'motivans2007')!;
    expect(wolak.author).toEqual([...listed, { literal: 'others' }]);
    expect(wolak.note).toMatch(/^The author list is truncated \(et al\. in the reference\): more authors exist than are listed\. Added by the curator/);
    expect(motivans.author).toEqual([{ family: 'Motivans', given: 'M.' }]);
    expect(motivans.note).not.toMatch(/truncated/);
  });

  it('keeps hostile titles, authors and notes intact through a real BibTeX parser (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const text = bibtexFormat.write(g) as string;
        const { entries, errors } = parseBibtex(text, { sentenceCase: false }); // compare text as written, not sentence-cased for CSL
        expect(errors).toEqual([]);
        const one = entries.find((e) => e.key !== 'source2')!;
        const source = g.getNodeAttributes('work:w') as WorkNode & { authors: [{ family: string; given: string }, { literal: string }] };
        // BibTeX collapses runs of ASCII white space; other spaces (U+00A0, U+2000 ...) are text and stay.
        expect(one.fields.title).toBe(latexLine(source.title!).replace(/[ \t\n\r\f\v]+/g, ' '));
        expect(one.fields.url).toBe(source.url);
        // A person stays two parts, an organisation one, however many commas and "and"s they hold.
        const [person, organisation] = source.authors;
        const names = one.fields.author as { lastName?: string; firstName?: string; name?: string; prefix?: string }[];
        expect(names).toHaveLength(2);
        // This parser reads lower-case words of a family name as a particle (prefix) even in braces: together they are the name.
        expect([names[0]!.prefix, names[0]!.lastName].filter((p) => p !== undefined).join(' ')).toBe(latexLine(person.family).replace(/[ \t\n\r\f\v]+/g, ' '));
        expect(names[0]!.firstName).toBe(latexLine(person.given).replace(/[ \t\n\r\f\v]+/g, ' '));
        expect(names[1]!.name).toBe(latexLine(organisation.literal).replace(/[ \t\n\r\f\v]+/g, ' '));
        const csl = JSON.parse(cslJsonFormat.write(g) as string) as { id: string; title: string; author?: unknown[] }[];
        const item = csl.find((i) => i.id === one.key)!;
        expect(item.title).toBe(source.title);
        expect(item.author).toEqual(source.authors);
      }),
      { numRuns: 60 },
    );
  });
});

describe('evidence tables', () => {
  it('markdown: one row per claim, answer first, citations as [@key]; cells parse back to the claim texts', () => {
    const part = subgraph(graph, { focus: ANSWER, depth: 2 });
    const md = markdownFormat.write(part) as string;
    const html = new MarkdownIt().render(md);
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const rows = Array.from(doc.getElementsByTagName('tr')).slice(1);
    const claims = part.filterNodes((_id, n) => n.kind === 'claim');
    expect(rows).toHaveLength(claims.length);
    expect(rows[0]!.getElementsByTagName('td')[0]!.textContent).toContain('The reporting reviewed documents a gap and its reasons but no verifiable national percentage; a precise figure would go beyond these sources (answer)');
    const cells = Array.from(rows[0]!.getElementsByTagName('td')).map((td) => td.textContent);
    // On the brief's word [1]-[4]; the sources within depth 2 that reach it only through the curator's links apart.
    // A source cites as its work does (smith2024 for [7], dojpscabout for [8]: the page the figures were read on too).
    expect(cells.slice(1, 4)).toEqual(['[@obrien2024; @source2; @source3; @source4]', '—', '[@source5; @source6; @smith2024; @dojpscabout; @pfefferkorn2025]']);
    expect(doc.getElementsByTagName('th')[3]!.textContent).toBe("Only through the curator's links");
  });

  it('markdown cells survive hostile text: a real Markdown parser gives back the label and text (property)', () => {
    const md = new MarkdownIt();
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const html = md.render(markdownFormat.write(g) as string);
        const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
        const rows = Array.from(doc.getElementsByTagName('tr')).slice(1);
        expect(rows).toHaveLength(2);
        const answer = g.getNodeAttributes('claim:answer') as { label: string; text: string };
        const cell = rows[0]!.getElementsByTagName('td')[0]!;
        expect(cell.getElementsByTagName('strong')[0]!.textContent).toBe(flat(answer.label));
        expect(cell.textContent).toBe(`${flat(answer.label)} (answer): ${flat(answer.text)}`);
      }),
      { numRuns: 100 },
    );
  });

  it('latex: every claim a row with \\cite keys; hostile text comes back through the escapes, braces balanced (property)', () => {
    const tex = latexFormat.write(graph) as string;
    expect(tex.match(/\\\\$/gm)).toHaveLength(12 + 1); // 12 claim rows and the header
    expect(tex).toContain('\\cite{obrien2024,source2,source3,source4} & -- & \\cite{source5,source6,smith2024,dojpscabout,source9,source10,source11,pfefferkorn2025}');
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const out = latexFormat.write(g) as string;
        expect(groupingBalanced(out)).toBe(true);
        const answer = g.getNodeAttributes('claim:answer') as { label: string; text: string };
        const row = out.split('\n').find((l) => l.startsWith('\\textbf{'))!;
        expect(unLatex(row)).toContain(`${latexLine(answer.label)}} (answer): ${latexLine(answer.text)} & `);
        expect(/(?<!\\)[%$#_&^~]/.test(row.replace(/ & /g, ' ').replace(/\\[a-z]+\{\}|\\[{}%$#_&]/g, ''))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('figures', () => {
  it('tikz: a tikzpicture with one node per node at the evidence-flow positions, one draw per edge', () => {
    const part = subgraph(graph, { focus: ANSWER, depth: 2 });
    const tex = tikzFormat.write(part) as string;
    expect(tex).toMatch(/\\begin\{tikzpicture\}[\s\S]*\\end\{tikzpicture\}\n$/);
    expect(groupingBalanced(tex)).toBe(true);
    const nodes = [...tex.matchAll(/^\\node\[(\w+), label=.*\] \((n\d+)\) at \((-?[\d.]+),(-?[\d.]+)\) \{\};$/gm)];
    expect(nodes).toHaveLength(part.order);
    expect(tex.match(/^\\draw\[e-/gm)).toHaveLength(part.size);
    const layout = evidenceFlowLayout(part);
    const ids = part.nodes().sort();
    for (const [, , short, x, y] of nodes) {
      const p = layout.get(ids[Number(short!.slice(1))]!)!;
      expect(Number(x)).toBeCloseTo(p.x, 2);
      expect(Number(y)).toBeCloseTo(p.y, 2);
    }
  });

  it('tikz labels come back through the LaTeX escapes (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const tex = tikzFormat.write(g) as string;
        expect(groupingBalanced(tex)).toBe(true);
        const labels = tex
          .split('\n')
          .filter((line) => line.startsWith('\\node['))
          .map((line) => unLatex(/^\\node\[\w+, label=\{\[anchor=west\]east:(.*)\}\] \(n\d+\)/s.exec(line)![1]!.replace(/\{([[\]])\}/g, '$1')));
        expect(labels).toEqual(g.nodes().sort().map((id) => latexLine(g.getNodeAttribute(id, 'label'))));
      }),
      { numRuns: 100 },
    );
  });

  it('svg: well-formed XML with a shape and a label per node, a line per edge, and the legend from the schema', () => {
    const part = subgraph(graph, { focus: ANSWER, depth: 2 });
    const errors: string[] = [];
    const doc = strictXmlParser(errors).parseFromString(svgFormat.write(part) as string, 'image/svg+xml');
    expect(errors).toEqual([]);
    const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => (g.getAttribute('class') ?? '').startsWith('node '));
    expect(groups).toHaveLength(part.order);
    expect(groups.map((g) => g.getElementsByTagName('text')[0]!.textContent).sort()).toEqual(part.mapNodes((_id, n) => n.label).sort());
    expect(doc.getElementsByTagName('line').length).toBeGreaterThanOrEqual(part.size);
    const legend = Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('class') === 'legend')!;
    for (const info of Object.values(NODE_KIND_INFO)) expect(legend.textContent).toContain(info.title);
  });

  it('svg keeps hostile labels and quotes as text (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const errors: string[] = [];
        const doc = strictXmlParser(errors).parseFromString(svgFormat.write(g) as string, 'image/svg+xml');
        expect(errors).toEqual([]);
        expect(doc.getElementsByTagName('script').length).toBe(0);
        const labels = Array.from(doc.getElementsByTagName('g'))
          .filter((e) => (e.getAttribute('class') ?? '').startsWith('node '))
          .map((e) => e.getElementsByTagName('text')[0]!.textContent);
        expect(labels.sort()).toEqual(g.mapNodes((_id, n) => n.label).sort());
      }),
      { numRuns: 100 },
    );
  });
});
