// The viewer on a corpus of several briefs (issue 18), in Chromium: the brief filter shows exactly briefView's nodes and
// lives in the URL (reload, Back/Forward, Copy link) and in the search; the corpus overview draws every brief and the
// works sharedWorks finds (at 1,000 briefs too, capped and saying so); a work's panel lists every brief citing it with
// its markers and claims; a claim's panel the figures its works publish; axe-core finds nothing; the bundled brief's
// page has none of these controls.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeSyntheticCorpus } from '../../src/generate/write-corpus.js';
import { importBrief } from '../../src/import/import-brief.js';
import { buildGraph } from '../../src/load/build-graph.js';
import { loadGraph } from '../../src/load/load-graph.js';
import type { ClaimGraph } from '../../src/model/graph.js';
import { briefIds, briefView } from '../../src/query/brief-view.js';
import { citedBy } from '../../src/query/cited-by.js';
import { figuresForClaim } from '../../src/query/figures-for-claim.js';
import { funnel } from '../../src/query/funnel.js';
import { sharedWorks } from '../../src/query/shared-works.js';
import { defaultDatasetDir, packageRoot } from '../../src/paths.js';
import { serveViewer, type ViewerServer } from '../../src/serve/serve-viewer.js';
import { brief, claim, edge, makeGraph, source, work } from '../helpers/make-graph.js';
import { countInk, launchBrowser, loadSettled, settle, shootGraph, waitForViewer, type OpenedPage } from './browser.js';

const require = createRequire(import.meta.url);
const FIXTURES = join(packageRoot, 'test', 'fixtures', 'briefs');
const ARRESTS = 'brief:burglary-arrests';
const CLEARANCE = 'brief:burglary-clearance';
const WORK = 'work:testa-2019';
const HOSTILE = '<img src=x onerror=alert(1)>';

let browser: Browser;
let corpus: ClaimGraph;
let big: ClaimGraph;
/** The bundled brief and a synthetic one in one corpus: the figures are the bundled brief's works'. */
let mixed: ClaimGraph;
const bundled = loadGraph(defaultDatasetDir);
let servers: { corpus: ViewerServer; big: ViewerServer; bundled: ViewerServer; mixed: ViewerServer };

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'claimgraph-corpus-viewer-')), 'corpus');
  for (const name of ['burglary-arrests.md', 'wastewater-monitoring.md', 'burglary-clearance.md']) importBrief(join(FIXTURES, name), dir);
  corpus = loadGraph(dir);
  const generated = join(mkdtempSync(join(tmpdir(), 'claimgraph-corpus-viewer-')), 'generated');
  await writeSyntheticCorpus(generated, { briefs: 1000 });
  big = loadGraph(generated);
  const both = join(mkdtempSync(join(tmpdir(), 'claimgraph-corpus-viewer-')), 'mixed');
  cpSync(defaultDatasetDir, both, { recursive: true });
  importBrief(join(FIXTURES, 'wastewater-monitoring.md'), both);
  mixed = loadGraph(both);
  browser = await launchBrowser();
  servers = {
    corpus: await serveViewer({ graph: corpus, port: 0 }),
    big: await serveViewer({ graph: big, port: 0 }),
    bundled: await serveViewer({ graph: bundled, port: 0 }),
    mixed: await serveViewer({ graph: mixed, port: 0 }),
  };
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers ?? {})) await server?.close();
});

async function open(url: string, viewport = { width: 1400, height: 900 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  return { page, ...(await loadSettled(page, url)) };
}

/** What the graph area draws: the display graph's nodes and edges that the filters leave visible. */
function drawn(page: Page): Promise<{ nodes: string[]; edges: { source: string; target: string; size: number }[]; shown: string }> {
  return page.evaluate(() => {
    const app = (window as any).claimgraph;
    const view = app.view;
    const visible = (id: string) => view.sigma.getNodeDisplayData(id)?.visibility !== 'hidden';
    return {
      nodes: view.display.filterNodes((id: string) => visible(id)).sort(),
      edges: view.display.mapEdges((_e: string, a: { size: number }, source: string, target: string) => ({ source, target, size: a.size })),
      shown: document.body.dataset.shown ?? '',
    };
  });
}

const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));
const sorted = (ids: Iterable<string>) => [...ids].sort();

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document);
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

/** Clicks a node where the graph area draws it. */
async function clickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((id) => {
    const sigma = (window as any).claimgraph.view.sigma;
    const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(id));
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(at.x, at.y);
}

describe('the brief filter', () => {
  it('shows exactly briefView’s nodes, in the URL: reload, Back and Forward, Copy link', async () => {
    const { page, errors } = await open(servers.corpus.url);
    // Every brief at first: the whole corpus.
    expect((await drawn(page)).nodes).toEqual(sorted(corpus.nodes()));
    const options = await page.locator('#brief-filter option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['', ...briefIds(corpus)]);
    await page.locator('#brief-filter').selectOption(ARRESTS);
    await settle(page);
    expect(hashParams(page).get('brief')).toBe('burglary-arrests');
    const arrests = sorted(briefView(corpus, ARRESTS).nodes());
    expect((await drawn(page)).nodes).toEqual(arrests);
    expect(arrests.length).toBeLessThan(corpus.order);
    // The focus stays on the filter, which the sidebar rebuilt.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('brief-filter');
    await expect(page.locator('#brief-status').textContent()).resolves.toContain(`${arrests.length} nodes`);
    await page.waitForTimeout(400);
    const shot = await shootGraph(page, 'corpus-brief-filter');
    expect(countInk(shot)).toBeGreaterThan(3000);

    await page.reload();
    await waitForViewer(page);
    expect((await drawn(page)).nodes).toEqual(arrests);
    await expect(page.locator('#brief-filter').inputValue()).resolves.toBe(ARRESTS);

    await page.locator('#brief-filter').selectOption(CLEARANCE);
    await settle(page);
    expect((await drawn(page)).nodes).toEqual(sorted(briefView(corpus, CLEARANCE).nodes()));
    await page.goBack();
    await settle(page);
    expect(hashParams(page).get('brief')).toBe('burglary-arrests');
    expect((await drawn(page)).nodes).toEqual(arrests);
    await expect(page.locator('#brief-filter').inputValue()).resolves.toBe(ARRESTS);
    await page.goForward();
    await settle(page);
    expect((await drawn(page)).nodes).toEqual(sorted(briefView(corpus, CLEARANCE).nodes()));
    // All briefs again.
    await page.locator('#brief-filter').selectOption('');
    await settle(page);
    expect(hashParams(page).get('brief')).toBeNull();
    expect((await drawn(page)).nodes).toEqual(sorted(corpus.nodes()));

    await page.locator('#brief-filter').selectOption(ARRESTS);
    await page.locator('#copy-link').click();
    await expect(page.locator('#copy-status').textContent()).resolves.toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URLSearchParams(new URL(copied).hash.slice(1)).get('brief')).toBe('burglary-arrests');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('the search suggests only the shown brief’s nodes', async () => {
    const { page } = await open(`${servers.corpus.url}#brief=burglary-arrests`);
    const suggested = async (text: string) => {
      await page.fill('#search', text);
      return page.locator('#suggestions li').evaluateAll((items) => items.map((i) => i.getAttribute('data-node')!));
    };
    const arrests = new Set(briefView(corpus, ARRESTS).nodes());
    // "wastewater" names nodes of another brief only: nothing to suggest here, but with every brief shown there is.
    expect(await suggested('wastewater')).toEqual([]);
    await expect(page.locator('#search-empty').textContent()).resolves.toContain('No match');
    const clearance = await suggested('clearance');
    expect(clearance.length).toBeGreaterThan(0);
    expect(clearance.filter((id) => !arrests.has(id))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('#brief-filter').selectOption('');
    const everywhere = await suggested('wastewater');
    expect(everywhere.some((id) => id.includes('wastewater-monitoring'))).toBe(true);
    const all = await suggested('clearance');
    expect(all.some((id) => !arrests.has(id))).toBe(true);
    await page.context().close();
  });

  it('a claim of another brief, picked in a work’s panel, switches the filter to its brief; a library node to all', async () => {
    const { page, errors } = await open(`${servers.corpus.url}#brief=burglary-arrests&node=${encodeURIComponent(WORK)}`);
    const cited = citedBy(corpus, WORK);
    const other = cited.briefs.find((b) => b.brief.id === CLEARANCE)!.claims[0]!;
    await page.locator(`[data-brief="${CLEARANCE}"] [data-claim="${other.id}"] > .node-link`).click();
    await settle(page);
    expect(hashParams(page).get('brief')).toBe('burglary-clearance');
    expect(hashParams(page).get('node')).toBe(other.id);
    expect((await drawn(page)).nodes).toEqual(sorted(briefView(corpus, CLEARANCE).nodes()));
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(other.label);
    // The focus stays in the panel, on the new title.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('panel-title');
    // A work neither brief's view holds: every brief.
    const lone = corpus.filterNodes((id, n) => n.kind === 'work' && !briefView(corpus, CLEARANCE).hasNode(id))[0]!;
    await page.evaluate((id) => (window as any).claimgraph.select(id), lone);
    await settle(page);
    expect(hashParams(page).get('brief')).toBeNull();
    expect((await drawn(page)).nodes).toEqual(sorted(corpus.nodes()));
    // Back: the claim in its brief again.
    await page.goBack();
    await settle(page);
    expect(hashParams(page).get('brief')).toBe('burglary-clearance');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a work’s panel', () => {
  it('work:testa-2019 lists both briefs citing it, each with its markers and the claims resting on them', async () => {
    const { page, errors } = await open(`${servers.corpus.url}#node=${encodeURIComponent(WORK)}`);
    const cited = citedBy(corpus, WORK);
    expect(cited.briefs.map((b) => b.brief.id)).toEqual([ARRESTS, CLEARANCE]);
    const listed = await page.locator('[data-section="cited-by"] li.citing-brief').evaluateAll((items) =>
      items.map((li) => ({
        brief: li.getAttribute('data-brief'),
        link: li.querySelector(':scope > .node-link')?.getAttribute('data-node'),
        markers: [...li.querySelectorAll('[data-source]')].map((m) => m.getAttribute('data-source')),
        marks: [...li.querySelectorAll('[data-source] > .provenance')].map((p) => p.textContent),
        claims: [...li.querySelectorAll('[data-claim]')].map((c) => c.getAttribute('data-claim')),
      })),
    );
    expect(listed).toEqual(
      cited.briefs.map((b) => ({
        brief: b.brief.id,
        link: b.brief.id,
        markers: b.citations.map((c) => c.source.id),
        marks: b.citations.map(() => expect.stringMatching(/^refers-to/)),
        claims: b.citations.flatMap((c) => c.claims.map((claim) => claim.claim.id)),
      })),
    );
    expect(listed.map((l) => l.markers)).toEqual([['source:burglary-arrests/1'], ['source:burglary-clearance/2']]);
    // Each marker's link to the work says its edge and basis (the marks above), as every list of the panel does.
    await expect(page.locator('[data-section="cited-by"] h3').textContent()).resolves.toBe('Cited by 2 briefs (2 markers)');
    const basisMarks = await page.locator('[data-section="cited-by"] li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-basis'), li.querySelectorAll('[data-edge][data-basis]').length]));
    expect(basisMarks.every(([basis, marks]) => (basis === 'quoted' || basis === 'inferred') && (marks as number) > 0)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on the bundled brief: a work’s derived works and figures, a claim’s figures from figuresForClaim', async () => {
    const { page, errors } = await open(`${servers.bundled.url}#node=${encodeURIComponent('work:BJS-NCJ-250746')}`);
    const text = (section: string) => page.locator(`[data-section="${section}"]`).textContent();
    await expect(text('drawn-from')).resolves.toContain(bundled.getNodeAttribute('work:BJS-NCJ-250746-press-release', 'label'));
    const reports = bundled.outEdges('work:BJS-NCJ-250746').filter((e) => bundled.getEdgeAttribute(e, 'kind') === 'reports').map((e) => bundled.target(e));
    const figures = await page.locator('[data-section="reports"] [data-figure]').evaluateAll((items) => items.map((i) => i.getAttribute('data-figure')));
    expect(sorted(figures as string[])).toEqual(sorted(reports));
    expect(reports.length).toBeGreaterThan(0);
    await page.evaluate(() => (window as any).claimgraph.select('work:BJS-NCJ-250746-press-release'));
    await expect(text('derives-from')).resolves.toContain(bundled.getNodeAttribute('work:BJS-NCJ-250746', 'label'));
    // A claim whose works publish figures lists exactly those.
    const claim = bundled.filterNodes((id, n) => n.kind === 'claim' && figuresForClaim(bundled, id).length > 0)[0]!;
    await page.evaluate((id) => (window as any).claimgraph.select(id), claim);
    const listed = await page.locator('[data-section="claim-figures"] li[data-figure]').evaluateAll((items) => items.map((i) => [i.closest('[data-work]')!.getAttribute('data-work'), i.getAttribute('data-figure')]));
    expect(listed).toEqual(figuresForClaim(bundled, claim).map((f) => [f.work.id, f.figure.id]));
    // Each figure says its reports edge, each work the claim's markers citing it with their refers-to edges.
    await expect(page.locator('[data-section="claim-figures"] li[data-figure] .provenance .edge-kind').allTextContents()).resolves.toEqual(listed.map(() => 'reports'));
    const cites = figuresForClaim(bundled, claim).flatMap((f) => f.sources);
    expect(cites.length).toBeGreaterThan(0);
    await expect(page.locator('[data-section="claim-figures"] .figure-via .provenance .edge-kind').first().textContent()).resolves.toBe('refers-to');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the corpus overview', () => {
  it('draws the three briefs and the two works two of them share, an edge per citing brief; a work opens its panel, a brief shows that brief', async () => {
    const { page, errors } = await open(servers.corpus.url);
    await page.locator('#overview-toggle').click();
    await settle(page);
    await page.waitForTimeout(500);
    expect(hashParams(page).get('overview')).toBe('1');
    await expect(page.locator('#overview-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    const shared = sharedWorks(corpus);
    const { nodes, edges, shown } = await drawn(page);
    expect(shown).toBe('overview');
    expect(nodes).toEqual(sorted([...briefIds(corpus), ...shared.map((w) => w.work.id)]));
    expect(sorted(edges.map((e) => `${e.source} ${e.target}`))).toEqual(sorted(shared.flatMap((w) => w.briefs.map((b) => `${b.brief.id} ${w.work.id}`))));
    await expect(page.locator('#window-status').textContent()).resolves.toContain('3 briefs and 2 works cited by two briefs or more');
    const png = await shootGraph(page, 'corpus-overview-fixtures');
    expect(countInk(png)).toBeGreaterThan(1500);
    expect(await axe(page)).toEqual([]);
    // Its data: the briefs, the works, and the markers (with their refers-to edges) that make its edges.
    await page.locator('.downloads summary').click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="json"]').click()]);
    const part = buildGraph([{ path: 'overview.json', text: readFileSync((await json.path())!, 'utf8') }], { source: 'overview', defaultTitle: 'overview' });
    const markers = shared.flatMap((w) => w.briefs.flatMap((b) => b.sources.map((source) => source.id)));
    expect(sorted(part.nodes())).toEqual(sorted([...briefIds(corpus), ...shared.map((w) => w.work.id), ...markers]));
    expect(part.mapEdges((_e, a, source, target) => `${a.kind} ${source} ${target}`).sort()).toEqual(sorted(shared.flatMap((w) => w.briefs.flatMap((b) => b.sources.map((m) => `refers-to ${m.id} ${w.work.id}`)))));

    // A work: its panel, in the overview; the briefs citing it highlighted.
    await clickNode(page, WORK);
    await settle(page);
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(corpus.getNodeAttribute(WORK, 'label'));
    expect(hashParams(page).get('overview')).toBe('1');
    expect(hashParams(page).get('node')).toBe(WORK);
    expect(await axe(page)).toEqual([]);
    await shootGraph(page, 'corpus-overview-work');
    // A brief: that brief's graph, its node selected.
    await clickNode(page, CLEARANCE);
    await settle(page);
    expect(hashParams(page).get('overview')).toBeNull();
    expect(hashParams(page).get('brief')).toBe('burglary-clearance');
    expect((await drawn(page)).nodes).toEqual(sorted(briefView(corpus, CLEARANCE).nodes()));
    await expect(page.locator('#announcer').textContent()).resolves.toBe(`Showing one brief: ${corpus.getNodeAttribute(CLEARANCE, 'label')} (${briefView(corpus, CLEARANCE).order} nodes). Brief selected: ${corpus.getNodeAttribute(CLEARANCE, 'label')}. Details in the panel.`);
    expect(await axe(page)).toEqual([]);
    // Back: the overview, the work selected.
    await page.goBack();
    await settle(page);
    expect((await drawn(page)).shown).toBe('overview');
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(corpus.getNodeAttribute(WORK, 'label'));
    // There the filter prompts for a brief: picking the one shown before leaves the overview for it.
    await expect(page.locator('#brief-filter').inputValue()).resolves.toBe('overview');
    await page.locator('#brief-filter').selectOption(CLEARANCE);
    await settle(page);
    expect((await drawn(page)).shown).toBe(CLEARANCE);
    await page.goBack();
    await settle(page);
    // The keyboard's way in: the most shared works as buttons.
    await page.locator('.shared-works [data-node="work:imaginarystatisticsbureau-2020"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(corpus.getNodeAttribute('work:imaginarystatisticsbureau-2020', 'label'));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('at 1,000 briefs: every brief and the 300 works shared by the most briefs, saying so; a brief clicked shows that brief', async () => {
    const { page, errors } = await open(`${servers.big.url}#overview=1`);
    await page.waitForTimeout(500);
    await settle(page);
    const shared = sharedWorks(big);
    expect(shared.length).toBeGreaterThan(300);
    const kept = shared.slice(0, 300);
    const { nodes, edges } = await drawn(page);
    expect(nodes).toEqual(sorted([...briefIds(big), ...kept.map((w) => w.work.id)]));
    expect(briefIds(big)).toHaveLength(1000);
    expect(edges).toHaveLength(kept.reduce((n, w) => n + w.briefs.length, 0));
    const caption = `the 300 works shared by the most briefs, of ${shared.length.toLocaleString('en')} cited by two briefs or more`;
    await expect(page.locator('#window-status').textContent()).resolves.toContain(caption);
    await expect(page.locator('#overview-caption').textContent()).resolves.toContain(caption);
    const png = await shootGraph(page, 'corpus-overview-1000');
    expect(countInk(png) / (png.width * png.height)).toBeGreaterThan(0.2);
    // The most shared works are named on the picture.
    const labels = await page.evaluate(() => (window as any).claimgraph.view.layer.placed.map((l: { node: string }) => l.node));
    expect(labels).toContain(shared[0]!.work.id);
    expect(await axe(page)).toEqual([]);
    const brief = briefIds(big).find((id) => id === 'brief:b7')!;
    await clickNode(page, brief);
    await settle(page);
    expect(hashParams(page).get('brief')).toBe('b7');
    expect((await drawn(page)).nodes).toEqual(sorted(briefView(big, brief).nodes()));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('untrusted strings in a corpus', () => {
  it('brief and work labels reach the filter, the overview, its tooltips and the panel as text', async () => {
    const hostile = makeGraph({
      nodes: [
        brief('a', { label: HOSTILE }),
        brief('b', { label: `<script>alert(2)</script>` }),
        claim('a1', { brief: 'brief:a', role: 'answer' }),
        claim('b1', { brief: 'brief:b', role: 'answer' }),
        source('a/1', { brief: 'brief:a', citation: '1', identification: 'candidate', evidence: 'e' }),
        source('b/1', { brief: 'brief:b', citation: '1', identification: 'candidate', evidence: 'e' }),
        work('w', { label: `<svg onload=alert(3)>` }),
      ],
      edges: [edge('supports', 'source:a/1', 'claim:a1'), edge('supports', 'source:b/1', 'claim:b1'), edge('refers-to', 'source:a/1', 'work:w'), edge('refers-to', 'source:b/1', 'work:w')],
    });
    const server = await serveViewer({ graph: hostile, port: 0 });
    try {
      // Dialogs are recorded from before the page loads: an alert while the labels are first drawn would show.
      const { page, errors, dialogs } = await open(`${server.url}#overview=1&node=work%3Aw`);
      await expect(page.locator('#brief-filter option').allTextContents()).resolves.toEqual(['Pick a brief to show…', 'All 2 briefs', `a — ${HOSTILE}`, 'b — <script>alert(2)</script>']);
      await expect(page.locator('#panel-title').textContent()).resolves.toBe('<svg onload=alert(3)>');
      await expect(page.locator('[data-section="cited-by"] .citing-brief > .node-link').allTextContents()).resolves.toEqual([HOSTILE, '<script>alert(2)</script>']);
      await expect(page.locator('.shared-works .node-link').allTextContents()).resolves.toEqual(['<svg onload=alert(3)>']);
      // The overview's tooltip of an edge (this overview is small enough for edge events).
      await page.evaluate(() => (window as any).claimgraph.showTip('cites:brief:a→work:w', { x: 10, y: 10 }));
      await expect(page.locator('#edge-tip').textContent()).resolves.toContain(`${HOSTILE} —cites→ <svg onload=alert(3)>`);
      const injected = await page.evaluate(() => ({ images: document.querySelectorAll('img').length, scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length, svgs: document.querySelectorAll('svg').length }));
      expect(injected).toEqual({ images: 0, scripts: 0, svgs: 0 });
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
    }
  });
});

describe('the funnel on a corpus', () => {
  const WASTEWATER = 'brief:wastewater-monitoring';
  const CSAM = 'brief:csam-possession-prosecution';
  const figuresOf = (graph: ClaimGraph) => sorted(funnel(graph).stages.flatMap((stage) => stage.figures.map((figure) => figure.id)));
  /** Opens the funnel, reads the figures its chart draws and its count, and closes it. */
  async function charted(page: Page): Promise<{ figures: string[]; meta: string }> {
    await page.locator('#show-funnel').click();
    const figures = await page.locator('#funnel svg g.figure').evaluateAll((all) => all.map((g) => g.getAttribute('data-id') ?? ''));
    const meta = (await page.locator('#funnel-meta').textContent()) ?? '';
    await page.locator('#funnel-close').click();
    return { figures: [...new Set(figures)].sort(), meta };
  }

  it('charts the brief shown, as funnel --brief does, and follows the filter', async () => {
    const whole = figuresOf(mixed);
    const csam = figuresOf(briefView(mixed, CSAM));
    expect(figuresOf(briefView(mixed, WASTEWATER))).toEqual([]);
    expect(csam.length).toBeGreaterThan(10);
    const { page, errors } = await open(`${servers.mixed.url}#brief=wastewater-monitoring`);
    // A brief whose works publish no figure: an empty funnel, not the other brief's figures.
    await expect(charted(page)).resolves.toEqual({ figures: [], meta: expect.stringMatching(/^0 figures/) });
    await page.locator('#brief-filter').selectOption(CSAM);
    await settle(page);
    await expect(charted(page)).resolves.toEqual({ figures: csam, meta: expect.stringMatching(new RegExp(`^${csam.length} figures`)) });
    await page.locator('#brief-filter').selectOption('');
    await settle(page);
    await expect(charted(page)).resolves.toMatchObject({ figures: whole });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a dataset of one brief', () => {
  it('has no brief filter and no overview control, and ignores them in the URL', async () => {
    const { page, errors } = await open(`${servers.bundled.url}#brief=csam-possession-prosecution&overview=1`);
    await expect(page.locator('#brief-filter').count()).resolves.toBe(0);
    await expect(page.locator('#overview-toggle').count()).resolves.toBe(0);
    await expect(page.locator('#sidebar-content h2').first().textContent()).resolves.toBe('Nodes');
    expect((await drawn(page)).nodes).toEqual(sorted(bundled.nodes()));
    expect((await drawn(page)).shown).toBe('all');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
