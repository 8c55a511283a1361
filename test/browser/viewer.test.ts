// The viewer in a real browser (Debian's Chromium via playwright-core), served the way `claimgraph view` serves it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { buildGraph } from '../../src/load/build-graph.js';
import { loadGraph } from '../../src/load/load-graph.js';
import { defaultDatasetDir } from '../../src/paths.js';
import { serveViewer, type ViewerServer } from '../../src/serve/serve-viewer.js';
import { NODE_STYLE, WEAK_COLOR } from '../../viewer/graph/styles.js';
import { NODE_KIND_INFO, NODE_KINDS } from '../../src/model/schema.js';
import { EXPORT_FORMATS, exportFormat } from '../../src/export/registry.js';
import { claim, edge, source, writeDataset, work } from '../helpers/make-graph.js';
import { countColour, countInk, launchBrowser, openViewer, settle, shootGraph, waitForViewer } from './browser.js';

const ANSWER = 'claim:no-national-rate';
const bundled = loadGraph(defaultDatasetDir);
const ANSWER_LABEL = bundled.getNodeAttribute(ANSWER, 'label');
const HOSTILE = '<img src=x onerror=alert(1)>';
let browser: Browser;
let brief: ViewerServer;
let hostile: ViewerServer;

beforeAll(async () => {
  browser = await launchBrowser();
  brief = await serveViewer({ graph: bundled, port: 0 });
  const dir = writeDataset({
    'g.json': {
      nodes: [
        claim('x', { label: HOSTILE, text: `<script>alert(2)</script> and ${HOSTILE}`, quote: '<b>bold?</b>', role: 'answer' }),
        source(1, { label: `[1] ${HOSTILE}`, identification: 'candidate', evidence: HOSTILE }),
        source(2, { label: '[2] a source', identification: 'candidate', evidence: 'e' }),
        work('w1', { label: `work ${HOSTILE}`, url: 'javascript:alert(3)', title: '<svg onload=alert(4)>' }),
        work('w2', { label: 'safe link', url: 'https://example.org/report?a=1&b=2' }),
      ],
      edges: [
        edge('supports', 'source:1', 'claim:x', { quote: `${HOSTILE} quoted` }),
        edge('supports', 'source:2', 'claim:x'),
        edge('refers-to', 'source:1', 'work:w1'),
        edge('refers-to', 'source:2', 'work:w2'),
      ],
    },
  });
  hostile = await serveViewer({ graph: loadGraph(dir), port: 0 });
});

afterAll(async () => {
  await browser?.close();
  await brief?.close();
  await hostile?.close();
});

describe('the viewer of the bundled brief', () => {
  it('a dataset it cannot fetch is named in the page with the reason, and no script error is thrown', async () => {
    // A missing file (HTTP 404), and a request the page's CSP refuses before the app's code has even loaded.
    for (const [data, reason] of [['missing.json', /^could not fetch missing\.json: HTTP 404$/], ['data:application/json,{}', /fetch/i]] as const) {
      const { page, errors } = await openViewer(browser, `${brief.url}?data=${encodeURIComponent(data)}`);
      expect(await page.evaluate(() => document.body.dataset.ready)).toBe('error');
      await expect(page.locator('#load-error h2').textContent()).resolves.toBe('This dataset cannot be shown');
      await expect(page.locator('#load-error pre').textContent()).resolves.toMatch(reason);
      // The browser's own report of the failed request is expected; an uncaught error beside it is not.
      expect(errors.filter((e) => !/^Failed to load resource|Content Security Policy/.test(e)), data).toEqual([]);
      await page.close();
    }
  });

  it('when its code cannot be loaded, the page says so instead of staying on "Loading…"', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    // The dataset is asked for first; the chunk with the app's code then fails, as after a rebuild under an open page.
    await page.route(/\/assets\/start-[^/]*\.js$/, (route) => route.abort());
    await page.goto(brief.url);
    await waitForViewer(page);
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('error');
    await expect(page.locator('#load-error h2').textContent()).resolves.toBe('The viewer could not load its code');
    await expect(page.locator('#load-status').textContent()).resolves.toBe('');
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('loads with no console error, draws the graph, and builds its legend from the schema', async () => {
    const { page, errors } = await openViewer(browser, brief.url);
    await settle(page);
    const png = await shootGraph(page, 'overview');
    expect(countInk(png) / (png.width * png.height)).toBeGreaterThan(0.02);
    // Every kind the dataset has (the bundled brief has no figures yet).
    for (const kind of NODE_KINDS.filter((k) => bundled.someNode((_id, n) => n.kind === k))) {
      expect(countColour(png, NODE_STYLE[kind].color), kind).toBeGreaterThan(20);
      await expect(page.locator(`[data-node-kind="${kind}"]`).locator('..').textContent()).resolves.toContain(NODE_KIND_INFO[kind].title);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("search -> pick the answer claim -> the panel lists sources 1-4 as direct and those reached through the curator's links as indirect, with paths highlighted", async () => {
    const { page, errors } = await openViewer(browser, brief.url);
    await page.fill('#search', 'verifiable national');
    await expect(page.locator('#suggestions li').first().textContent()).resolves.toContain(ANSWER_LABEL);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(ANSWER_LABEL);
    const direct = await page.locator('[data-section="sources-direct"] [data-source]').evaluateAll((items) => items.map((i) => i.getAttribute('data-source')));
    const indirect = await page.locator('[data-section="sources-indirect"] [data-source]').evaluateAll((items) => items.map((i) => i.getAttribute('data-source')));
    expect(direct).toEqual(['source:1', 'source:2', 'source:3', 'source:4']);
    expect(indirect.sort()).toEqual(['source:10', 'source:11', 'source:12', 'source:5', 'source:6', 'source:7', 'source:8', 'source:9']);
    // Each hop marked by its edge's basis: → the brief's word, ⇢ the curator's (the words for screen readers left out).
    const hops = await page.locator('[data-source="source:5"] .path .hop').evaluateAll((spans) => spans.map((s) => s.getAttribute('data-basis')));
    const arrow = (i: number) => (hops[i] === 'quoted' ? '→' : '⇢');
    const path = await page.locator('[data-source="source:5"] .path').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((v) => v.remove());
      return copy.textContent;
    });
    expect(path).toBe(`${arrow(0)} ${bundled.getNodeAttribute('claim:cases-split-across-jurisdictions', 'label')} ${arrow(1)} ${bundled.getNodeAttribute('claim:no-single-national-percentage', 'label')} ${arrow(2)} ${ANSWER_LABEL}`);
    await expect(page.locator('[data-section="obstacles"]').textContent()).resolves.toContain('Evidentiary burden');
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('node')).toBe(ANSWER);
    await settle(page);
    const png = await shootGraph(page, 'answer-selected');
    expect(countColour(png, '#111827', 30)).toBeGreaterThan(50); // the highlighted evidence paths
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Escape closes the suggestions; Enter without moving picks the best match', async () => {
    const { page } = await openViewer(browser, brief.url);
    await page.fill('#search', 'ScienceDirect');
    await expect(page.locator('#suggestions').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#suggestions').isVisible()).resolves.toBe(false);
    await page.fill('#search', 'ScienceDirect');
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('[1] the qualitative study the brief calls “ScienceDirect’s”');
    await expect(page.locator('[data-section="backs"]').textContent()).resolves.toContain(ANSWER_LABEL);
    await page.close();
  });

  it('a kind filter hides those nodes, and the filter is in the URL', async () => {
    const { page } = await openViewer(browser, brief.url);
    await settle(page);
    const before = countColour(await shootGraph(page, 'filter-before'), NODE_STYLE.source.color);
    expect(before).toBeGreaterThan(100);
    await page.locator('[data-node-kind="source"]').uncheck();
    await settle(page);
    const after = countColour(await shootGraph(page, 'filter-sources-hidden'), NODE_STYLE.source.color);
    expect(after).toBe(0);
    expect(new URL(page.url()).hash).toContain('hide=source');
    await page.close();
  });

  it('restores a selection and filters from the URL after reload; Back and Forward move between selections', async () => {
    const { page } = await openViewer(browser, `${brief.url}#node=${encodeURIComponent('obstacle:evidentiary-burden')}&hide=stage`);
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Evidentiary burden: proving knowing possession');
    await page.reload();
    await waitForViewer(page);
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Evidentiary burden: proving knowing possession');
    await expect(page.locator('[data-node-kind="stage"]').isChecked()).resolves.toBe(false);
    await expect(page.locator('[data-section="parts"]').textContent()).resolves.toContain('Shared devices');
    await page.locator('[data-section="documented-by"] [data-node="source:4"]').click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('[4] cited with [2] on evidentiary hurdles (section 2)');
    await page.goBack();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Evidentiary burden: proving knowing possession');
    await page.goForward();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('[4] cited with [2] on evidentiary hurdles (section 2)');
    await page.close();
  });

  it('focus keeps only the selection’s neighbourhood; the audit marks weak claims from the audit query', async () => {
    const { page } = await openViewer(browser, `${brief.url}#node=${encodeURIComponent('claim:sentencing-data-cover-convicted-only')}`);
    await page.locator('#focus-toggle').check();
    await page.locator('#focus-depth').selectOption('1');
    await settle(page);
    const focused = await shootGraph(page, 'focus-1-hop');
    expect(countColour(focused, NODE_STYLE.stage.color)).toBe(0);
    expect(new URL(page.url()).hash).toContain('focus=1%2Cboth');
    await page.locator('#focus-toggle').uncheck();
    await page.locator('#audit-toggle').check();
    await expect(page.locator('#audit-report').textContent()).resolves.toContain("Claims whose support needs the curator's inferred links: 3");
    await settle(page);
    expect(countColour(await shootGraph(page, 'audit'), WEAK_COLOR)).toBeGreaterThan(20);
    await page.close();
  });

  it('downloads the visible graph as PNG, JSON and every export format of the registry', async () => {
    const { page } = await openViewer(browser, `${brief.url}#hide=stage`);
    const open = async () => {
      if (!(await page.locator('#download-menu').isVisible())) await page.locator('.downloads summary').click();
    };
    await open();
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="png"]').click()]);
    const image = PNG.sync.read(readFileSync((await png.path())!));
    expect(image.width).toBeGreaterThan(300);
    expect(countInk(image)).toBeGreaterThan(1000);
    // The menu closes after a download.
    await expect(page.locator('#download-menu').isVisible()).resolves.toBe(false);
    await open();
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="json"]').click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const graph = buildGraph([{ path: 'download.json', text: readFileSync((await json.path())!, 'utf8') }], { source: 'download', defaultTitle: 'x' });
    expect(graph.order).toBe(94); // 100 nodes less the 6 hidden stages
    expect(graph.someNode((_id, node) => node.kind === 'stage')).toBe(false);
    // The menu lists the export registry; the SVG and BibTeX downloads are what the command writes for the same graph.
    const ids = await page.locator('#download-menu [data-format]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-format')));
    expect(ids).toEqual(['png', 'view-svg', ...EXPORT_FORMATS.map((f) => f.id)]);
    for (const id of ['svg', 'bibtex']) {
      await open();
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-format="${id}"]`).click()]);
      expect(readFileSync((await file.path())!, 'utf8')).toBe(exportFormat(id).write(graph));
    }
    await page.close();
  });

  it('runs ForceAtlas2 in a worker, to a settled layout kept in the URL', async () => {
    const { page, errors } = await openViewer(browser, brief.url);
    await page.locator('#layout').selectOption('fa2');
    await page.waitForFunction(() => document.body.dataset.layout === 'fa2:settled', null, { timeout: 60_000 });
    expect(new URL(page.url()).hash).toContain('layout=fa2');
    await settle(page);
    expect(countInk(await shootGraph(page, 'forceatlas2'))).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('untrusted strings', () => {
  it('shows markup in labels and texts as inert text, and a javascript: URL as text, not a link', async () => {
    const { page, errors, dialogs } = await openViewer(browser, `${hostile.url}#node=${encodeURIComponent('claim:x')}`);
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(HOSTILE);
    await expect(page.locator('#panel .text').first().textContent()).resolves.toContain('<script>alert(2)</script>');
    await page.locator('[data-source="source:1"] .node-link').click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(`[1] ${HOSTILE}`);
    // The document's address is the work's: follow the source to it.
    await page.locator('#panel .node-link[data-node="work:w1"]').first().click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(`work ${HOSTILE}`);
    await expect(page.locator('#panel .inert-url').textContent()).resolves.toBe('javascript:alert(3)');
    await expect(page.locator('#panel dd').filter({ hasText: '<svg onload=alert(4)>' }).count()).resolves.toBe(1);
    await page.fill('#search', 'img src');
    await expect(page.locator('#suggestions').textContent()).resolves.toContain(HOSTILE);
    await page.keyboard.press('Escape');
    await page.locator('#search').fill('safe link');
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel a[href]').getAttribute('href')).resolves.toBe('https://example.org/report?a=1&b=2');
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      svgs: document.querySelectorAll('svg').length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript"]').length,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0, svgs: 0, javascriptLinks: 0 });
    await settle(page);
    await shootGraph(page, 'hostile');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
