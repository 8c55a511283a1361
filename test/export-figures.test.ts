// The figure exports: the figures table (Markdown, LaTeX) cites as the BibTeX export keys, and the funnel chart (SVG, TikZ).
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { bibtexFormat } from '../src/export/formats/bibtex.js';
import { figuresLatexFormat } from '../src/export/formats/figures-latex.js';
import { figuresMarkdownFormat } from '../src/export/formats/figures-markdown.js';
import { funnelSvgFormat } from '../src/export/formats/funnel-svg.js';
import { funnelTikzFormat } from '../src/export/formats/funnel-tikz.js';
import { loadGraph } from '../src/load/load-graph.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { defaultDatasetDir } from '../src/paths.js';
import { hostileGraph, hostileStrings } from './helpers/hostile-strings.js';
import { groupingBalanced } from './helpers/latex-braces.js';

let graph: ClaimGraph;
let figureIds: string[];
beforeAll(() => {
  graph = loadGraph(defaultDatasetDir);
  figureIds = graph.filterNodes((_id, n) => n.kind === 'figure').sort();
});

const bibKeys = (g: ClaimGraph) => new Set(parseBibtex(bibtexFormat.write(g) as string).entries.map((e) => e.key));

const parseXml = (text: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level === 'warning' || errors.push(`${level}: ${message}`)) }).parseFromString(text, 'image/svg+xml');
  return { doc, errors };
};

describe('figures table', () => {
  it('markdown: one row per figure in pipeline order, each citing its source by the bibtex key', () => {
    const md = figuresMarkdownFormat.write(graph) as string;
    const rows = md.trimEnd().split('\n').slice(2);
    expect(rows).toHaveLength(figureIds.length);
    const keys = bibKeys(graph);
    for (const row of rows) {
      const cited = [...row.matchAll(/@([A-Za-z0-9]+)/g)].map((m) => m[1]!);
      expect(cited.length, row).toBe(1);
      expect(keys.has(cited[0]!), cited[0]).toBe(true);
    }
    // Stages in pipeline order: no Referral row after the first Investigation row.
    const stages = rows.map((r) => r.split(' | ')[0]!.slice(2));
    expect(stages.lastIndexOf('Referral')).toBeLessThan(stages.indexOf('Investigation'));
    // markdown-it reads it as one table with every row.
    const tokens = new MarkdownIt().parse(md, {});
    expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(figureIds.length + 1);
    expect(md).toContain('| Referral | 20,500,000 reports | worldwide, all report types, 2024 |');
    expect(md).toMatch(/bundling/);
  });

  it('latex: the same rows as a longtable with \\cite keys of the bibtex export; braces balance', () => {
    const tex = figuresLatexFormat.write(graph) as string;
    expect(groupingBalanced(tex)).toBe(true);
    const rows = tex.split('\n').filter((l) => l.endsWith('\\\\') && !l.startsWith('Stage &'));
    expect(rows).toHaveLength(figureIds.length);
    const keys = bibKeys(graph);
    for (const m of tex.matchAll(/\\cite\{([^}]+)\}/g)) for (const k of m[1]!.split(',')) expect(keys.has(k), k).toBe(true);
  });

  it('keeps hostile scopes, caveats and stage labels escaped (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const tex = figuresLatexFormat.write(g) as string;
        expect(groupingBalanced(tex)).toBe(true);
        expect(tex.split('\n').filter((l) => l.endsWith('\\\\'))).toHaveLength(2);
        const md = figuresMarkdownFormat.write(g) as string;
        expect(md.trimEnd().split('\n')).toHaveLength(3);
        const cells = new MarkdownIt().parse(md, {}).filter((t) => t.type === 'td_open');
        expect(cells).toHaveLength(6);
      }),
      { numRuns: 60 },
    );
  });
});

describe('funnel chart', () => {
  it('svg: every figure of the dataset, each stage in order, and each step marked from rate', () => {
    const { doc, errors } = parseXml(funnelSvgFormat.write(graph) as string);
    expect(errors).toEqual([]);
    const groups = Array.from(doc.getElementsByTagName('g'));
    const figures = groups.filter((g) => g.getAttribute('class') === 'figure').map((g) => g.getAttribute('data-id'));
    expect(figures.sort()).toEqual(figureIds);
    const stages = groups.filter((g) => g.getAttribute('class') === 'stage').map((g) => g.getAttribute('data-id'));
    expect(stages).toEqual(['stage:identification', 'stage:referral', 'stage:investigation', 'stage:charging', 'stage:conviction', 'stage:sentencing']);
    const steps = Array.from(doc.getElementsByTagName('text')).filter((t) => (t.getAttribute('class') ?? '').startsWith('step '));
    const state = Object.fromEntries(steps.map((t) => [`${t.getAttribute('data-from')} ${t.getAttribute('data-to')}`, t.getAttribute('class')]));
    expect(state['stage:referral stage:investigation']).toBe('step refused');
    expect(state['stage:investigation stage:charging']).toBe('step divisible');
    // Counts are bars whose width grows with the log of the value; secondary ones are dashed.
    const bar = (id: string) => groups.find((g) => g.getAttribute('data-id') === id)!.getElementsByTagName('rect')[0]!;
    expect(Number(bar('figure:ncmec-reports-2022').getAttribute('width'))).toBeGreaterThan(Number(bar('figure:ussc-cp-offenders-fy2020').getAttribute('width')));
    expect(bar('figure:ussc-cp-offenders-fy2020').getAttribute('stroke-dasharray')).not.toBeNull();
    expect(bar('figure:ncmec-reports-2022').getAttribute('stroke-dasharray')).toBeNull();
  });

  it('svg keeps hostile labels as text (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const { doc, errors } = parseXml(funnelSvgFormat.write(g) as string);
        expect(errors).toEqual([]);
        expect(doc.getElementsByTagName('script').length).toBe(0);
        const stage = Array.from(doc.getElementsByTagName('g')).find((e) => e.getAttribute('class') === 'stage')!;
        expect(stage.getElementsByTagName('text')[0]!.textContent).toBe(g.getNodeAttribute('stage:s', 'label').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
      }),
      { numRuns: 60 },
    );
  });

  it('tikz: a tikzpicture with a node per figure and per step; braces balance, also with hostile strings', () => {
    const tex = funnelTikzFormat.write(graph) as string;
    expect(tex).toMatch(/\\begin\{tikzpicture\}[\s\S]*\\end\{tikzpicture\}\n$/);
    expect(groupingBalanced(tex)).toBe(true);
    expect(tex.match(/^\\node\[anchor=base west\] at/gm)).toHaveLength(figureIds.length);
    expect(tex.match(/^\\node\[anchor=base west, text=cg(divisible|refused|empty)\]/gm)).toHaveLength(5);
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        expect(groupingBalanced(funnelTikzFormat.write(hostileGraph(strings)) as string)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('figures in RDF', () => {
  it('a figure is a schema:Observation; a reports edge quoting the research notes is prov:wasQuotedFrom them, not the brief', async () => {
    const { graphTriples } = await import('../src/export/rdf/triples.js');
    const { expand } = await import('../src/export/rdf/vocabulary.js');
    const triples = graphTriples(graph);
    const figure = triples.filter((t) => t.subject.endsWith(':figure:ncmec-reports-2022'));
    expect(figure.some((t) => t.predicate === 'rdf:type' && 'iri' in t.object && t.object.iri === expand('schema:Observation'))).toBe(true);
    expect(figure.find((t) => t.predicate === 'schema:value')?.object).toEqual({ literal: '32059029', datatype: 'xsd:decimal' });
    const keyOf = (key: string) => triples.find((t) => t.predicate === 'cg:key' && 'literal' in t.object && t.object.literal === key)!.subject;
    const quotedFrom = (key: string) => triples.filter((t) => t.subject === keyOf(key) && t.predicate === 'prov:wasQuotedFrom').map((t) => ('iri' in t.object ? t.object.iri : ''));
    const notes = quotedFrom('work:NCMEC-CyberTipline-2022 -reports-> figure:ncmec-reports-2022');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/research-notes\.md$/);
    expect(quotedFrom('source:1 -supports-> claim:no-national-rate')[0]).toMatch(/brief\.txt$/);
  });
});
