// The viewer on a synthetic graph of 10,000 nodes and ~40,000 edges: it opens on a window around the answer, draws the
// whole graph on demand, and stays responsive during ForceAtlas2.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildGraph } from '../../src/load/build-graph.js';
import { syntheticDataset } from '../../src/generate/synthetic.js';
import { serveViewer, type ViewerServer } from '../../src/serve/serve-viewer.js';
import { ARTIFACTS, countInk, launchBrowser, openViewer, settle, shootGraph } from './browser.js';

let browser: Browser;
let server: ViewerServer;
let order = 0;
let size = 0;

beforeAll(async () => {
  const file = syntheticDataset({ claims: 6000, seed: 7 });
  const graph = buildGraph([{ path: 'synthetic.json', text: JSON.stringify(file) }], { source: 'synthetic', defaultTitle: 'Synthetic 10k' });
  order = graph.order;
  size = graph.size;
  browser = await launchBrowser();
  server = await serveViewer({ graph, port: 0 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('draws a 10,000-node graph, and the page keeps answering while ForceAtlas2 runs in its worker', async () => {
  expect(order).toBeGreaterThanOrEqual(10_000);
  expect(size).toBeGreaterThanOrEqual(39_000);
  const { page, errors } = await openViewer(browser, server.url);
  await settle(page);
  // A graph this large opens on the answer, its evidence and its neighbours.
  await expect(page.locator('#window-status').textContent()).resolves.toMatch(new RegExp(`^Showing [\\d,]+ of ${order.toLocaleString('en')} nodes`));
  const opened = await shootGraph(page, 'scale-10k-window');
  expect(countInk(opened) / (opened.width * opened.height)).toBeGreaterThan(0.01);
  // Show all: the whole graph, in one render.
  const before = await page.evaluate(() => (window as unknown as { claimgraph: { view: { renders: number } } }).claimgraph.view.renders);
  await page.locator('#show-all').click();
  await page.waitForFunction((n) => (window as unknown as { claimgraph: { view: { renders: number } } }).claimgraph.view.renders > n, before, { timeout: 120_000 });
  await settle(page);
  await expect(page.locator('#window-status').textContent()).resolves.toContain(`Showing all ${order.toLocaleString('en')} nodes`);
  const png = await shootGraph(page, 'scale-10k');
  expect(countInk(png) / (png.width * png.height)).toBeGreaterThan(0.05);
  await expect(page.locator('#dataset-stats').textContent()).resolves.toContain(order.toLocaleString('en'));

  // Long tasks on the main thread while the layout runs, and progress reports reaching the page.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; progress: string[] };
    w.longTasks = [];
    w.progress = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
    new MutationObserver(() => w.progress.push(document.getElementById('layout-status')!.textContent ?? '')).observe(document.getElementById('layout-status')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const fa2Start = Date.now();
  await page.locator('#layout').selectOption('fa2');
  // While the worker runs, the page still handles input: typing in the search box shows suggestions.
  await page.fill('#search', 'Claim 42');
  await expect(page.locator('#suggestions li').first().textContent()).resolves.toContain('Claim 42');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.body.dataset.layout === 'fa2:settled', null, { timeout: 120_000 });
  const { longTasks, progress } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; progress: string[] };
    return { longTasks: w.longTasks, progress: w.progress };
  });
  const fa2Ms = Date.now() - fa2Start;
  const percents = new Set(progress.filter((p) => /\d+%/.test(p)));
  expect(percents.size).toBeGreaterThanOrEqual(5);
  await settle(page);
  const after = await shootGraph(page, 'scale-10k-fa2');
  expect(countInk(after) / (after.width * after.height)).toBeGreaterThan(0.02);
  expect(errors).toEqual([]);

  // Not a pass/fail figure (timings belong to the benchmark): kept beside the screenshots for a person to read.
  const timings = await page.evaluate(() => (window as unknown as { claimgraphTimings: Record<string, number> }).claimgraphTimings);
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'scale-10k.json'), JSON.stringify({ order, size, timings, fa2Ms, longTasksMs: longTasks.map(Math.round), progressUpdates: percents.size }, null, 2));
  await page.close();
}, 240_000);
