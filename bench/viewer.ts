// Figure 5: the viewer in headless Chromium: time to first frame, then ForceAtlas2 to a settled layout in its worker,
// with the main thread's long tasks (over 50 ms, as the browser reports them) recorded while it runs.
import type { Browser } from 'playwright-core';
import type { ClaimGraph } from '../src/model/graph.js';
import { serveViewer } from '../src/serve/serve-viewer.js';

export interface ViewerFigure {
  nodes: number;
  edges: number;
  /** From navigation: the viewer's own marks (window.claimgraphTimings). */
  timings: Record<string, number>;
  firstFrameMs: number;
  /** From choosing ForceAtlas2 to the settled layout drawn. */
  layoutSettledMs: number;
  /** Long tasks on the main thread while the layout ran. */
  longTasksMs: number[];
  /** The page answered a search while the layout ran (suggestions appeared), and how long that took. */
  searchAnswerMs: number;
}

export async function measureViewer(browser: Browser, graph: ClaimGraph): Promise<ViewerFigure> {
  const server = await serveViewer({ graph, port: 0 });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.firstFrame === 'true' || document.body.dataset.ready === 'error', null, { timeout: 300_000, polling: 50 });
    const timings = await page.evaluate(() => (window as unknown as { claimgraphTimings: Record<string, number> }).claimgraphTimings);
    await page.evaluate(() => {
      const w = window as unknown as { benchLongTasks: number[] };
      w.benchLongTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.benchLongTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    const start = Date.now();
    await page.locator('#layout').selectOption('fa2');
    const searchStart = Date.now();
    await page.fill('#search', 'Claim 1');
    await page.locator('#suggestions li').first().waitFor({ timeout: 300_000 });
    const searchAnswerMs = Date.now() - searchStart;
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.body.dataset.layout === 'fa2:settled', null, { timeout: 600_000, polling: 100 });
    const layoutSettledMs = Date.now() - start;
    const longTasksMs = await page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks.map(Math.round));
    if (errors.length > 0) throw new Error(`claimgraph/bench: the viewer reported errors: ${errors.join('; ')}`);
    return { nodes: graph.order, edges: graph.size, timings, firstFrameMs: timings['first-frame'] ?? Number.NaN, layoutSettledMs, longTasksMs, searchAnswerMs };
  } finally {
    await page.close();
    await server.close();
  }
}
