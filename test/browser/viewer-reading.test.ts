// The viewer read and used (issue 14), in Chromium: collision-free labels checked as boxes, framing, render counts per
// interaction, complete panels, the audit stepper, search, drawers and keys at three screen sizes with axe-core, view figures.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { buildGraph } from '../../src/load/build-graph.js';
import { loadGraph } from '../../src/load/load-graph.js';
import { syntheticDataset } from '../../src/generate/synthetic.js';
import { defaultDatasetDir } from '../../src/paths.js';
import { nodesOnScreen } from '../helpers/nodes-on-screen.js';
import { serveViewer, type ViewerServer } from '../../src/serve/serve-viewer.js';
import { EDGE_STYLE } from '../../src/style/kinds.js';
import { INFERRED_DASH, LABEL_FONT, LABEL_FONT_SIZE } from '../../viewer/graph/styles.js';
import { countColour, launchBrowser, loadSettled, settle, shootGraph } from './browser.js';

const require = createRequire(import.meta.url);
const ANSWER = 'claim:no-national-rate';
const ANSWER_LABEL = loadGraph(defaultDatasetDir).getNodeAttribute(ANSWER, 'label');
const S1_LABEL = loadGraph(defaultDatasetDir).getNodeAttribute('source:1', 'label');
let browser: Browser;
let brief: ViewerServer;
let big: ViewerServer;
let bigOrder = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  brief = await serveViewer({ graph: loadGraph(defaultDatasetDir), port: 0 });
  const file = syntheticDataset({ claims: 3300, seed: 3 });
  const graph = buildGraph([{ path: 'synthetic.json', text: JSON.stringify(file) }], { source: 'synthetic', defaultTitle: 'Synthetic' });
  bigOrder = graph.order;
  big = await serveViewer({ graph, port: 0 });
});

afterAll(async () => {
  await browser?.close();
  await brief?.close();
  await big?.close();
});

async function open(url: string, viewport = { width: 1400, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, bypassCSP: true });
  return { page, ...(await loadSettled(page, url)) };
}

/** Waits out a camera animation (350 ms on small graphs). */
const afterCamera = async (page: Page) => {
  await page.waitForTimeout(500);
  await settle(page);
};

interface LabelReport {
  placed: { node: string; text: string; x: number; y: number; width: number; height: number }[];
  /** The same boxes recomputed from sigma's node positions and sizes and the label font's metrics. */
  recomputed: { x: number; y: number; width: number; height: number }[];
  nodes: { id: string; x: number; y: number; r: number }[];
  width: number;
  height: number;
}

/** Reads the labels drawn and recomputes their rectangles from sigma's data, in the page. */
function labelReport(page: Page): Promise<LabelReport> {
  return page.evaluate(
    ({ font, size }) => {
      const app = (window as any).claimgraph;
      const view = app.view;
      const sigma = view.sigma;
      const ctx = document.createElement('canvas').getContext('2d')!;
      const screen = (id: string) => {
        const d = sigma.getNodeDisplayData(id);
        const p = sigma.framedGraphToViewport(d);
        return { id, x: p.x, y: p.y, r: sigma.scaleSize(d.size), hidden: d.visibility === 'hidden' };
      };
      const { width, height } = sigma.getDimensions();
      const placed = view.layer.placed.map((l: any) => ({ node: l.node, text: l.text, x: l.x, y: l.y, width: l.width, height: l.height, side: l.side }));
      const recomputed = placed.map((l: any) => {
        ctx.font = `${l.text && view.layer.placed.find((p: any) => p.node === l.node).bold ? '600 ' : ''}${size}px ${font}`;
        const w = Math.ceil(ctx.measureText(l.text).width);
        const h = size + 3;
        const n = screen(l.node);
        const start = n.r + 3;
        // A label above or below shifts sideways to stay in the free area (left of a drawer over the graph's right).
        const free = width - (view.inset?.insetRight ?? 0);
        const x = l.side === 'right' ? n.x + start : l.side === 'left' ? n.x - start - w : Math.max(0, Math.min(n.x - w / 2, free - w));
        const y = l.side === 'below' ? n.y + start : l.side === 'above' ? n.y - start - h : n.y - h / 2;
        return { x, y, width: w, height: h };
      });
      const nodes = view.display
        .nodes()
        .map(screen)
        .filter((n: any) => !n.hidden && n.x > -n.r && n.y > -n.r && n.x < width + n.r && n.y < height + n.r);
      return { placed, recomputed, nodes, width, height };
    },
    { font: LABEL_FONT, size: LABEL_FONT_SIZE },
  );
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every drawn label is where sigma's data puts it, on screen, and overlaps no other label and no other node. */
function expectNoCollisions(report: LabelReport): void {
  expect(report.placed.length).toBeGreaterThan(0);
  report.placed.forEach((l, i) => {
    const r = report.recomputed[i]!;
    expect(Math.abs(l.x - r.x), l.text).toBeLessThanOrEqual(1);
    expect(Math.abs(l.y - r.y), l.text).toBeLessThanOrEqual(1);
    expect(Math.abs(l.width - r.width), l.text).toBeLessThanOrEqual(1);
    expect(l.x).toBeGreaterThanOrEqual(0);
    expect(l.x + l.width).toBeLessThanOrEqual(report.width + 0.5);
  });
  const clashes: string[] = [];
  for (let i = 0; i < report.recomputed.length; i++) {
    for (let j = i + 1; j < report.recomputed.length; j++) if (overlap(report.recomputed[i]!, report.recomputed[j]!)) clashes.push(`${report.placed[i]!.text} / ${report.placed[j]!.text}`);
    for (const n of report.nodes) {
      if (n.id === report.placed[i]!.node) continue;
      if (overlap(report.recomputed[i]!, { x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r })) clashes.push(`${report.placed[i]!.text} / node ${n.id}`);
    }
  }
  expect(clashes).toEqual([]);
}

describe('a selection reads clearly', () => {
  it('the default view of the bundled brief: every label on screen, none over another label or a node', async () => {
    const { page, errors } = await open(brief.url);
    const shot = await shootGraph(page, 'reading-default');
    // sigma draws the edges too (its dashed layer once drew none): the supports edges' green is on the canvas.
    expect(countColour(shot, EDGE_STYLE.supports.color, 40)).toBeGreaterThan(200);
    const report = await labelReport(page);
    expectNoCollisions(report);
    // The question's and the answer's labels are there.
    const nodes = report.placed.map((l) => l.node);
    expect(nodes).toContain(ANSWER);
    expect(nodes).toContain('question:national-prosecution-rate');
    expect(report.placed.length).toBeGreaterThanOrEqual(30);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search "national percentage" + Enter selects the answer, frames it with its evidence in the free area, labels without collisions', async () => {
    const { page } = await open(brief.url);
    await page.fill('#search', 'national percentage');
    await expect(page.locator('#suggestions li').first().getAttribute('data-node')).resolves.toBe(ANSWER);
    await expect(page.locator('#suggestions li').first().textContent()).resolves.toContain('claim · answer');
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(ANSWER_LABEL);
    await afterCamera(page);
    await shootGraph(page, 'reading-answer');
    const report = await labelReport(page);
    expectNoCollisions(report);
    // A long label is clipped on the graph (the panel shows it whole).
    expect(report.placed.find((l) => l.node === ANSWER)?.text).toMatch(/^The reporting reviewed documents a gap/);
    // Every highlighted node is on screen, and the camera is no further out than the whole graph.
    const framing = await page.evaluate(() => {
      const app = (window as any).claimgraph;
      const sigma = app.view.sigma;
      const { width, height } = sigma.getDimensions();
      const off = [...app.model().highlight.nodes].filter((id: string) => {
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(id));
        return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
      });
      return { off, ratio: sigma.getCamera().getState().ratio, count: app.model().highlight.nodes.size };
    });
    expect(framing.count).toBeGreaterThan(20);
    expect(framing.off).toEqual([]);
    expect(framing.ratio).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('at 1400×900, closing the panel widens the graph: sigma and the label layer take the new size, and the labels stay on their nodes', async () => {
    const { page } = await open(`${brief.url}#node=${encodeURIComponent(ANSWER)}`);
    await afterCamera(page);
    const before = await page.evaluate(() => document.getElementById('graph')!.clientWidth);
    await page.locator('#panel-close').click();
    await settle(page);
    await shootGraph(page, 'reading-panel-closed');
    const sizes = await page.evaluate(() => {
      const app = (window as any).claimgraph;
      const graph = document.getElementById('graph')!;
      const layer: HTMLCanvasElement = app.view.layer.canvas;
      const stage: HTMLCanvasElement = app.view.sigma.getStageCanvas();
      return {
        container: { width: graph.clientWidth, height: graph.clientHeight },
        sigma: app.view.sigma.getDimensions(),
        // What the layer drew on (its bitmap, in CSS pixels) and what sigma drew on: both as large as the container,
        // so neither picture is stretched.
        layer: { width: Math.round(layer.width / devicePixelRatio), height: Math.round(layer.height / devicePixelRatio) },
        stage: { width: stage.getBoundingClientRect().width, height: stage.getBoundingClientRect().height },
      };
    });
    expect(sizes.container.width).toBeGreaterThan(before + 200);
    expect(sizes.sigma).toEqual(sizes.container);
    expect(sizes.layer).toEqual(sizes.container);
    expect(sizes.stage).toEqual(sizes.container);
    // The labels drawn are where sigma's node positions put them, none over another label or a node.
    expectNoCollisions(await labelReport(page));
    await page.close();
  });

  it('Fit frames the visible nodes: with sources and stages hidden, what is left fills the graph area', async () => {
    const { page } = await open(`${brief.url}#hide=source,stage`);
    await page.locator('#reset-camera').click();
    await afterCamera(page);
    await shootGraph(page, 'reading-fit-filtered');
    const box = await page.evaluate(() => {
      const app = (window as any).claimgraph;
      const sigma = app.view.sigma;
      const { width, height } = sigma.getDimensions();
      const points = app.view.display.filterNodes((id: string) => app.model().visible.nodes.has(id)).map((id: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(id)));
      const xs = points.map((p: any) => p.x);
      const ys = points.map((p: any) => p.y);
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys), width, height };
    });
    expect(box.x0).toBeGreaterThanOrEqual(0);
    expect(box.y0).toBeGreaterThanOrEqual(0);
    expect(box.x1).toBeLessThanOrEqual(box.width);
    expect(box.y1).toBeLessThanOrEqual(box.height);
    // Without the sources' column and the stages' row, the rest is drawn larger than in the whole-graph view.
    expect(Math.max((box.x1 - box.x0) / box.width, (box.y1 - box.y0) / box.height)).toBeGreaterThan(0.6);
    expectNoCollisions(await labelReport(page));
    await page.close();
  });
});

describe('instant at scale', () => {
  it(`a graph over 5,000 nodes opens on the answer with its evidence; hover costs no render, a click at most one`, async () => {
    expect(bigOrder).toBeGreaterThan(5000);
    const { page, errors } = await open(big.url);
    await shootGraph(page, 'scale-window');
    const opened = await page.evaluate(() => {
      const app = (window as any).claimgraph;
      return { selected: location.hash, shown: app.view.display.order, windowStatus: document.getElementById('window-status')!.textContent };
    });
    expect(opened.selected).toContain('node=claim');
    expect(opened.shown).toBeLessThan(bigOrder);
    expect(opened.windowStatus).toMatch(/^Showing [\d,]+ of [\d,]+ nodes/);
    await expect(page.locator('#panel-title').isVisible()).resolves.toBe(true);
    // Two nodes on screen (not the selection), in page coordinates.
    const targets = await nodesOnScreen(page, 2, { left: 60, top: 40, right: 40, bottom: 40 }, 16);
    expect(targets.length).toBe(2);
    const renders = () => page.evaluate(() => (window as any).claimgraph.view.renders as number);
    const before = await renders();
    await page.mouse.move(targets[0]!.x, targets[0]!.y);
    await page.waitForFunction((id) => (window as any).claimgraph.view.layer.placed.some((l: any) => l.node === id && l.bold), targets[0]!.id, { timeout: 5000 });
    await page.waitForTimeout(300);
    expect((await renders()) - before).toBe(0);
    await shootGraph(page, 'scale-window-hover');
    const beforeClick = await renders();
    await page.mouse.click(targets[1]!.x, targets[1]!.y);
    await page.waitForFunction((id) => location.hash.includes(encodeURIComponent(id)), targets[1]!.id, { timeout: 10000 });
    await page.waitForTimeout(500);
    expect((await renders()) - beforeClick).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('complete panels', () => {
  it('a stage lists the obstacles that hinder it with their documenting sources, and a figures section', async () => {
    const graph = loadGraph(defaultDatasetDir);
    const hindering = graph.inEdges('stage:charging').filter((e) => graph.getEdgeAttribute(e, 'kind') === 'hinders').map((e) => graph.source(e)).sort();
    const { page } = await open(`${brief.url}#node=stage%3Acharging`);
    const listed = await page.locator('[data-section="hindered-by"] li > .node-link').evaluateAll((links) => links.map((l) => l.getAttribute('data-node')).sort());
    expect(listed).toEqual(hindering);
    await expect(page.locator('[data-section="hindered-by"]').textContent()).resolves.toContain('documented by [');
    await expect(page.locator('[data-section="figures"]').textContent()).resolves.toContain('Figures measured here');
    await page.close();
  });

  it('an edge shows its kind and quote; an inferred edge says it is the curator’s inference, with its note', async () => {
    const { page } = await open(`${brief.url}#node=${encodeURIComponent(ANSWER)}`);
    await expect(page.locator('[data-source="source:1"] .edge-kind').first().textContent()).resolves.toBe('supports');
    await expect(page.locator('[data-source="source:1"] details.quote').count()).resolves.toBe(1);
    // Every edge of the bundled brief from a source to the answer is quoted: mark one inferred in the page, as a dataset would carry it.
    await page.evaluate(() => {
      const app = (window as any).claimgraph;
      const key = app.graph.edges('source:1', 'claim:no-national-rate')[0];
      app.graph.mergeEdgeAttributes(key, { basis: 'inferred', note: 'The curator reads this support from the summary.' });
      app.select('source:2');
      app.select('claim:no-national-rate');
    });
    const inferred = page.locator('[data-source="source:1"] [data-basis="inferred"]');
    await expect(inferred.textContent()).resolves.toContain('curator’s inference');
    await expect(inferred.textContent()).resolves.toContain('The curator reads this support from the summary.');
    await page.close();
  });

  it('hovering an edge shows its kind, its ends and its quote', async () => {
    const { page } = await open(brief.url);
    const graph = loadGraph(defaultDatasetDir);
    const edge = graph.edges('source:4', ANSWER)[0]!;
    const at = await page.evaluate((key) => {
      const app = (window as any).claimgraph;
      const sigma = app.view.sigma;
      const [s, t] = app.view.display.extremities(key);
      const a = sigma.framedGraphToViewport(sigma.getNodeDisplayData(s));
      const b = sigma.framedGraphToViewport(sigma.getNodeDisplayData(t));
      const rect = document.getElementById('graph')!.getBoundingClientRect();
      return { x: rect.left + a.x + (b.x - a.x) * 0.55, y: rect.top + a.y + (b.y - a.y) * 0.55 };
    }, edge);
    await page.mouse.move(at.x - 20, at.y - 40);
    await page.mouse.move(at.x, at.y);
    await page.locator('#edge-tip').waitFor({ state: 'visible', timeout: 5000 });
    const tip = await page.locator('#edge-tip').textContent();
    const hovered = await page.locator('#edge-tip').getAttribute('data-edge');
    const kind = graph.getEdgeAttribute(hovered!, 'kind');
    expect(tip).toContain(`—${kind}→`);
    const quote = graph.getEdgeAttribute(hovered!, 'quote');
    if (quote) expect(tip).toContain(quote.slice(0, 40));
    await shootGraph(page, 'reading-edge-hover');
    await page.close();
  });

  it('the audit gives each flag its reason, one marker per check, and steps through the flagged claims', async () => {
    const { page } = await open(brief.url);
    await page.locator('#audit-toggle').check();
    const report = page.locator('#audit-report');
    await expect(report.locator('[data-check="inferredSupportClaims"] summary').textContent()).resolves.toContain('[inferred]');
    await expect(report.locator('[data-check="inferredSupportClaims"] li').first().textContent()).resolves.toMatch(/only through the curator's links? /);
    await expect(report.locator('[data-check="singleSourceClaims"] li').first().textContent()).resolves.toMatch(/\[1 source\].*only \[\d+\] supports it/);
    await expect(report.locator('[data-check="positionOnlySources"] li').first().textContent()).resolves.toMatch(/\[position\].*rests on the order of the markers/);
    await page.locator('#audit-next').click();
    const first = decodeURIComponent(new URL(page.url()).hash.replace('#node=', '').split('&')[0]!);
    await expect(page.locator('#audit-position').textContent()).resolves.toMatch(/^1 of \d+$/);
    await page.locator('#audit-next').click();
    await expect(page.locator('#audit-position').textContent()).resolves.toMatch(/^2 of \d+$/);
    expect(new URL(page.url()).hash).not.toContain(encodeURIComponent(first));
    // The nodes that stand out carry more markers than the rest: the stepper starts with them.
    expect(first).toMatch(/^(claim|source):/);
    await afterCamera(page);
    const labels = await labelReport(page);
    expect(labels.placed.some((l) => /^(\[(no source|1 source|stated|press|inferred|position)\])+ /.test(l.text))).toBe(true);
    await shootGraph(page, 'reading-audit');
    await page.close();
  });

  it('search says when nothing matches', async () => {
    const { page } = await open(brief.url);
    await page.fill('#search', 'qqqzzz');
    await expect(page.locator('#search-empty').textContent()).resolves.toBe('No match for “qqqzzz”');
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel').isHidden()).resolves.toBe(true);
    await page.close();
  });
});

describe('small screens and keyboard', () => {
  for (const viewport of [
    { width: 1400, height: 900 },
    { width: 800, height: 600 },
    { width: 390, height: 844 },
  ]) {
    it(`${viewport.width}×${viewport.height}: no axe violation (the funnel open too), the graph keeps 60% of the width, nothing scrolls sideways, labels do not collide`, async () => {
      const { page, errors } = await open(`${brief.url}#node=${encodeURIComponent(ANSWER)}`, viewport);
      await afterCamera(page);
      await shootGraph(page, `reading-${viewport.width}x${viewport.height}`);
      const layout = await page.evaluate(() => ({
        graph: document.getElementById('graph-area')!.getBoundingClientRect().width,
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(layout.graph).toBeGreaterThanOrEqual(0.6 * viewport.width);
      expect(layout.scroll).toBeLessThanOrEqual(layout.inner);
      expectNoCollisions(await labelReport(page));
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const axe = () =>
        page.evaluate(async () => {
          const result = await (window as any).axe.run(document);
          return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
        });
      expect(await axe()).toEqual([]);
      // The funnel open over the graph: its chart (or lists) and its caveats.
      await page.locator('#show-funnel').click();
      await page.locator('#funnel .funnel-chart').waitFor();
      await shootGraph(page, `reading-funnel-${viewport.width}x${viewport.height}`);
      expect(await axe()).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it('below 900 px the sidebar is a drawer; Escape closes it, then the panel; the close button closes the panel', async () => {
    const { page } = await open(`${brief.url}#node=${encodeURIComponent(ANSWER)}`, { width: 800, height: 600 });
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await page.locator('#sidebar-toggle').click();
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(true);
    await expect(page.locator('#sidebar-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel').isHidden()).resolves.toBe(true);
    // The selection is gone from the URL (which keeps the camera).
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('node')).toBeNull();
    await page.goBack();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(ANSWER_LABEL);
    await page.locator('#panel-close').click();
    await expect(page.locator('#panel').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('keyboard: skip link to the panel, links keep the focus in the panel, zoom keys and buttons, named search box, announced selection', async () => {
    const { page } = await open(`${brief.url}#node=${encodeURIComponent(ANSWER)}`);
    await afterCamera(page);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('skip-to-panel');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('panel-title');
    // Follow a link by keyboard: the focus lands on the new node's title, inside the panel.
    await page.locator('[data-source="source:1"] .node-link').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(S1_LABEL);
    await expect(page.evaluate(() => document.activeElement?.closest('#panel') !== null && document.activeElement?.id === 'panel-title')).resolves.toBe(true);
    await expect(page.locator('#announcer').textContent()).resolves.toContain(`Source selected: ${S1_LABEL}`);
    await afterCamera(page);
    const ratio = () => page.evaluate(() => (window as any).claimgraph.view.sigma.getCamera().getState().ratio as number);
    await page.locator('#graph').click({ position: { x: 5, y: 300 } }).catch(() => undefined);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const r0 = await ratio();
    await page.keyboard.press('+');
    await afterCamera(page);
    const r1 = await ratio();
    expect(r1).toBeLessThan(r0);
    await page.locator('#zoom-out').click();
    await afterCamera(page);
    expect(await ratio()).toBeGreaterThan(r1);
    await expect(page.locator('#zoom-in').getAttribute('aria-label')).resolves.toBe('Zoom in');
    await expect(page.locator('#search').evaluate((e) => (e as HTMLInputElement).labels?.[0]?.textContent)).resolves.toBe('Search claims, sources, obstacles');
    await page.close();
  });
});

describe('figures of the current view', () => {
  it('PNG at 2× and SVG keep the view (selection, filters), with a title, a legend of the kinds shown, and no overprinted labels', async () => {
    const { page } = await open(`${brief.url}#node=${encodeURIComponent(ANSWER)}&hide=stage`);
    await afterCamera(page);
    const area = await page.evaluate(() => (window as any).claimgraph.view.sigma.getDimensions());
    const save = async (format: string) => {
      if (!(await page.locator('#download-menu').isVisible())) await page.locator('.downloads summary').click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-format="${format}"]`).click()]);
      return readFileSync((await file.path())!);
    };
    const png = PNG.sync.read(await save('png'));
    expect(png.width).toBeGreaterThanOrEqual(2 * area.width);
    expect(png.height).toBeGreaterThanOrEqual(2 * area.height);
    const svgText = (await save('view-svg')).toString('utf8');
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text'));
    const title = texts.find((t) => t.getAttribute('class') === 'title')!;
    expect(title.textContent).toContain('CSAM possession');
    expect(texts.find((t) => t.getAttribute('class') === 'subtitle')!.textContent).toContain(`Selected: ${ANSWER_LABEL}`);
    const legend = Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('class') === 'legend')!;
    const legendTexts = Array.from(legend.getElementsByTagName('text')).map((t) => t.textContent);
    expect(legendTexts).toContain('Claim');
    expect(legendTexts).toContain('supports');
    expect(legendTexts).not.toContain('Stage'); // hidden, so not in the figure nor its legend
    expect(legendTexts).not.toContain('precedes');
    // The labels are the view's placed labels, at their places: none overlaps another.
    const labels = texts.filter((t) => t.getAttribute('class') === 'label');
    const placed = (await labelReport(page)).placed;
    expect(labels.map((t) => t.getAttribute('data-node'))).toEqual(placed.map((l) => l.node));
    labels.forEach((t, i) => expect(Math.abs(Number(t.getAttribute('x')) - placed[i]!.x)).toBeLessThan(0.02));
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!)).toBe(false);
    // The highlight: faint (veiled) items and full ones.
    expect(svgText).toContain('opacity="0.18"');
    await page.close();
  });

  it('an inferred edge is drawn dashed in the view and its figure, and the legend says so', async () => {
    const { page } = await open(`${brief.url}#node=${encodeURIComponent(ANSWER)}`);
    await afterCamera(page);
    // The bundled brief has inferred edges (the curator's links): the view draws them dashed, so does its figure.
    const inferredShown = await page.evaluate(() => {
      const app = (window as any).claimgraph;
      return app.view.display.filterEdges((_key: string, a: any) => a.inferred === true).length as number;
    });
    expect(inferredShown).toBeGreaterThan(0);
    await afterCamera(page);
    await shootGraph(page, 'reading-inferred');
    if (!(await page.locator('#download-menu').isVisible())) await page.locator('.downloads summary').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="view-svg"]').click()]);
    const svg = readFileSync((await file.path())!, 'utf8');
    const dashed = svg.match(new RegExp(`stroke-dasharray="${INFERRED_DASH.dash} ${INFERRED_DASH.gap}"`, 'g'))?.length ?? 0;
    expect(dashed).toBeGreaterThan(1); // inferred edges of the figure, and the legend's line
    expect(dashed).toBeLessThanOrEqual(inferredShown + 1);
    expect(svg).toContain('curator’s inference');
    await page.close();
  });

  it('edge colours in the legend are the style table’s, all different', async () => {
    const { page } = await open(brief.url);
    const swatches = await page.locator('.edge-swatch').evaluateAll((items) => items.map((i) => (i as HTMLElement).style.getPropertyValue('--c')));
    const kinds = await page.locator('[data-edge-kind]').evaluateAll((items) => items.map((i) => i.getAttribute('data-edge-kind')!));
    expect(swatches).toEqual(kinds.map((k) => EDGE_STYLE[k as keyof typeof EDGE_STYLE].color));
    expect(new Set(swatches).size).toBe(swatches.length);
    await page.close();
  });
});
