// The viewer's panel in Chromium (issue 19): every list marks the basis of its edges (the brief's quote, or the
// curator's inference with its note; a path each of its hops), checked against the bundled dataset's edges; a figure
// says its value, qualifier, population, status and caveat.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadGraph } from '../../src/load/load-graph.js';
import { defaultDatasetDir } from '../../src/paths.js';
import type { FigureNode } from '../../src/model/schema.js';
import { populationLabel, valueLabel } from '../../src/query/figures.js';
import { sourcesFor } from '../../src/query/sources-for.js';
import { serveForTests } from './browser.js';

const ANSWER = 'claim:no-national-rate';
const graph = loadGraph(defaultDatasetDir);
const viewer = serveForTests(graph);
const open = async (url: string, viewport?: { width: number; height: number }): Promise<Page> => (await viewer.open(url, viewport)).page;

interface PanelItem {
  node: string;
  section: string;
  text: string;
  basis: string | null;
  source: string | null;
  marks: { edge: string; basis: string }[];
  hops: string[];
}

/** Every item of the panel of each node, with the edges it marks and the basis it gives each. */
function panelItems(page: Page, ids: string[]): Promise<PanelItem[]> {
  return page.evaluate((ids) => {
    const app = (window as any).claimgraph;
    const items: PanelItem[] = [];
    for (const node of ids) {
      app.select(node);
      for (const li of document.querySelectorAll<HTMLElement>('#panel li')) {
        items.push({
          node,
          section: li.closest('[data-section]')?.getAttribute('data-section') ?? '',
          text: li.textContent ?? '',
          basis: li.getAttribute('data-basis'),
          source: li.getAttribute('data-source'),
          marks: [...li.querySelectorAll('[data-edge][data-basis]')].map((m) => ({ edge: m.getAttribute('data-edge')!, basis: m.getAttribute('data-basis')! })),
          hops: [...li.querySelectorAll('.hop')].map((m) => m.getAttribute('data-edge')!),
        });
      }
    }
    return items;
  }, ids);
}

describe('the panel marks the basis of every edge it lists', () => {
  it('every item of every node’s panel carries its edges’ basis as in the data; an inferred one says so, with its note', async () => {
    const page = await open(viewer.url);
    const items = await panelItems(page, graph.nodes());
    // Every kind of list is there: a claim's sources and obstacles, an obstacle's parts and stages, a source's claims, a stage's obstacles and figures.
    const sections = new Set(items.map((i) => i.section));
    for (const name of ['sources-direct', 'sources-indirect', 'obstacles', 'backs', 'documents', 'parts', 'part-of', 'documented-by', 'hinders', 'hindered-by', 'figures', 'edges']) expect(sections, name).toContain(name);
    // A claim's figures, and a work's citing briefs, derived works and figures, too.
    for (const name of ['claim-figures', 'cited-by', 'derives-from', 'drawn-from', 'reports']) expect(sections, name).toContain(name);
    const wrong: string[] = [];
    for (const item of items) {
      const where = `${item.node} / ${item.section}: ${item.text.slice(0, 60)}`;
      if (item.marks.length === 0) wrong.push(`${where}: no basis mark`);
      for (const mark of item.marks) {
        const basis = graph.getEdgeAttribute(mark.edge, 'basis');
        if (mark.basis !== basis) wrong.push(`${where}: ${mark.edge} marked ${mark.basis}, is ${basis}`);
        if (basis === 'inferred') {
          if (!item.text.includes('curator’s inference')) wrong.push(`${where}: ${mark.edge} inferred without saying so`);
          const note = graph.getEdgeAttribute(mark.edge, 'note')!;
          if (!item.text.includes(note)) wrong.push(`${where}: ${mark.edge} without its note`);
        }
      }
      // The item as a whole: the brief's word only when every edge it stands on is.
      const expected = item.marks.some((m) => m.basis === 'inferred') ? 'inferred' : 'quoted';
      if (item.marks.length > 0 && item.basis !== expected) wrong.push(`${where}: item says ${item.basis}, its edges ${expected}`);
    }
    expect(wrong).toEqual([]);
    // Both kinds of mark occur, and inferred items in each list where the data has them.
    expect(items.some((i) => i.basis === 'quoted')).toBe(true);
    for (const name of ['sources-indirect', 'obstacles', 'backs', 'hinders', 'hindered-by', 'figures']) expect(items.some((i) => i.section === name && i.basis === 'inferred'), name).toBe(true);
    // A source reached through other claims: each hop of its path is marked, as sourcesFor gives the path.
    const indirect = items.filter((i) => i.node === ANSWER && i.section === 'sources-indirect');
    expect(indirect.length).toBeGreaterThan(0);
    for (const item of indirect) {
      const support = sourcesFor(graph, ANSWER).find((s) => s.source.id === item.source)!;
      expect(item.hops, item.source!).toEqual(support.steps.map((s) => s.edge));
      expect(item.basis).toBe(support.basis);
    }
    await page.close();
  }, 120_000);

  it('a path shows → for a quoted hop and ⇢ for the curator’s, with the key to the arrows', async () => {
    const page = await open(`${viewer.url}#node=${encodeURIComponent(ANSWER)}`);
    const support = sourcesFor(graph, ANSWER).find((s) => s.source.id === 'source:5')!;
    const label = (id: string) => graph.getNodeAttribute(id, 'label');
    const arrows = support.steps.map((s, i) => `${s.basis === 'quoted' ? '→' : '⇢'} ${label(support.path[i + 1]!)}`).join(' ');
    const shown = await page.locator('[data-source="source:5"] .path').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((v) => v.remove());
      return copy.textContent;
    });
    expect(shown).toBe(arrows);
    expect(arrows).toContain('⇢');
    await expect(page.locator('#panel .basis-key').textContent()).resolves.toContain('⇢ a link the curator draws');
    await page.close();
  });
});

describe('a selected figure', () => {
  it('shows its value in words, qualifier, population, status and caveat (the NCMEC 2024 count’s “bundling”)', async () => {
    const id = 'figure:ncmec-reports-2024';
    const figure = graph.getNodeAttributes(id) as FigureNode;
    const page = await open(`${viewer.url}#node=${encodeURIComponent(id)}`);
    const field = (name: string) => page.locator(`#panel [data-field="${name}"]`).textContent();
    await expect(field('value')).resolves.toBe(valueLabel(figure));
    expect(valueLabel(figure)).toBe('20,500,000 reports');
    await expect(field('qualifier')).resolves.toBe('exact');
    await expect(field('population')).resolves.toBe(populationLabel(figure));
    expect(populationLabel(figure)).toBe('worldwide, all report types, 2024');
    await expect(field('scope')).resolves.toBe(figure.scope);
    await expect(field('status')).resolves.toMatch(/^secondary: read only on a copy/);
    await expect(field('caveat')).resolves.toBe(`Caveat: ${figure.caveat}`);
    expect(figure.caveat).toContain('bundling');
    // A share with its hedge: "about 97%".
    await page.evaluate(() => (window as any).claimgraph.select('figure:ncmec-csam-share-2024'));
    await expect(field('value')).resolves.toContain('about 97%');
    await expect(field('qualifier')).resolves.toBe('about');
    await page.close();
  });
});
