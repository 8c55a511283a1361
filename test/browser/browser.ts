// Drives Debian's Chromium with playwright-core against the built viewer served on 127.0.0.1; counts pixels of screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../bench/chromium.js';
import type { ClaimGraph } from '../../src/model/graph.js';
import { packageRoot } from '../../src/paths.js';
import { serveViewer, type ViewerServer } from '../../src/serve/serve-viewer.js';

export const ARTIFACTS = join(packageRoot, 'test-artifacts');

/** Debian's Chromium, started as the benchmark starts it (bench/chromium.ts). */
export const launchBrowser = (): Promise<Browser> => launchChromium();

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  dialogs: string[];
}

/** From now on, the page's console errors and uncaught errors, and the messages of its dialogs (each dismissed). */
export function watchPage(page: Page): Omit<OpenedPage, 'page'> {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { errors, dialogs };
}

/** Opens `url` and waits until the viewer has drawn its first frame (or shown a load error). */
export async function openViewer(browser: Browser, url: string): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const seen = watchPage(page);
  await page.goto(url);
  await waitForViewer(page);
  return { page, ...seen };
}

export interface ServedViewer {
  /** The served viewer's address (after beforeAll). */
  readonly url: string;
  /** A new page at `url`, drawn and settled, with its errors and dialogs (see watchPage). */
  open(url: string, viewport?: { width: number; height: number }): Promise<OpenedPage>;
}

/** For a test file: a browser and the viewer of `graph`, started before its tests and closed after them. */
export function serveForTests(graph: ClaimGraph): ServedViewer {
  let browser: Browser | undefined;
  let server: ViewerServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveViewer({ graph, port: 0 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    async open(url, viewport = { width: 1400, height: 900 }) {
      const page = await browser!.newPage({ viewport });
      return { page, ...(await loadSettled(page, url)) };
    },
  };
}

/** Loads `url` in `page`, waits for the viewer's first frame and lets it settle; what the page shows from the start (see watchPage). */
export async function loadSettled(page: Page, url: string): Promise<Omit<OpenedPage, 'page'>> {
  const seen = watchPage(page);
  await page.goto(url);
  await waitForViewer(page);
  await settle(page);
  return seen;
}

export async function waitForViewer(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.firstFrame === 'true' || document.body.dataset.ready === 'error', null, { timeout: 60_000 });
}

/** Lets sigma draw what the last change asked for. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
}

/** A screenshot of the graph area, kept in test-artifacts/ for a person to look at, decoded for pixel counts. */
export async function shootGraph(page: Page, name: string): Promise<PNG> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}-page.png`) });
  const buffer = await page.locator('#graph').screenshot();
  writeFileSync(join(ARTIFACTS, `${name}-graph.png`), buffer);
  return PNG.sync.read(buffer);
}

/** Pixels within `tolerance` (per channel) of the colour `hex`. */
export function countColour(png: PNG, hex: string, tolerance = 6): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - r) <= tolerance && Math.abs(png.data[i + 1]! - g) <= tolerance && Math.abs(png.data[i + 2]! - b) <= tolerance) count++;
  }
  return count;
}

/** Pixels that are not (near) white: what was drawn. */
export function countInk(png: PNG): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 235 || png.data[i + 1]! < 235 || png.data[i + 2]! < 235) count++;
  return count;
}
