// Where the keyboard focus goes when something closes (issue 19), in Chromium: back to the control that opened it, never
// to the page's body; Esc closes the Download menu.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadGraph } from '../../src/load/load-graph.js';
import { defaultDatasetDir } from '../../src/paths.js';
import { serveForTests } from './browser.js';

const ANSWER = 'claim:no-national-rate';
const graph = loadGraph(defaultDatasetDir);
const viewer = serveForTests(graph);
const open = async (url: string, viewport?: { width: number; height: number }): Promise<Page> => (await viewer.open(url, viewport)).page;

/** The focused element: its id, or its tag when it has none ("BODY" when the focus is lost). */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || null);
const panelOpen = (page: Page) => page.locator('#panel').isVisible();

describe('the focus after closing', () => {
  it('the funnel, by Esc or by its Close button: back on the Funnel button; Esc leaves the panel behind it open', async () => {
    const page = await open(`${viewer.url}#node=${encodeURIComponent(ANSWER)}`);
    await page.locator('#show-funnel').focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toBe('funnel-close');
    await page.keyboard.press('Escape');
    await expect(page.locator('#funnel').isHidden()).resolves.toBe(true);
    await expect(focused(page)).resolves.toBe('show-funnel');
    await expect(panelOpen(page)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // on Close
    await expect(page.locator('#funnel').isHidden()).resolves.toBe(true);
    await expect(focused(page)).resolves.toBe('show-funnel');
    // A figure picked from the funnel: the focus goes to the panel's title; closing the panel brings it back to the button.
    await page.keyboard.press('Enter');
    await page.locator('#funnel g.figure[data-id="figure:ncmec-reports-2024"]').focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toBe('panel-title');
    await page.keyboard.press('Escape');
    await expect(panelOpen(page)).resolves.toBe(false);
    await expect(focused(page)).resolves.toBe('show-funnel');
    await page.close();
  });

  it('the sidebar drawer (below 900 px), by Esc: back on the Filters button', async () => {
    const page = await open(viewer.url, { width: 800, height: 600 });
    await page.locator('#sidebar-toggle').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.getElementById('sidebar')!.contains(document.activeElement))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await expect(focused(page)).resolves.toBe('sidebar-toggle');
    await page.close();
  });

  it('the panel: back on the control that opened it (the audit’s Next button, rebuilt since; the search box)', async () => {
    const page = await open(viewer.url);
    await page.locator('#audit-toggle').check();
    await page.locator('#audit-next').focus();
    await page.keyboard.press('Enter');
    await expect(panelOpen(page)).resolves.toBe(true);
    await expect(focused(page)).resolves.toBe('audit-next');
    // A link in the panel moves the selection; the panel stays open and remembers who opened it.
    await page.locator('#panel .node-link').first().focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toBe('panel-title');
    await page.keyboard.press('Escape');
    await expect(panelOpen(page)).resolves.toBe(false);
    await expect(focused(page)).resolves.toBe('audit-next');
    // Opened from the search box: back there.
    await page.locator('#search').fill('national percentage');
    await page.keyboard.press('Enter');
    await expect(panelOpen(page)).resolves.toBe(true);
    await page.locator('#panel-close').click();
    await expect(panelOpen(page)).resolves.toBe(false);
    await expect(focused(page)).resolves.toBe('search');
    await page.close();
  });

  it('the Download menu closes on Esc, the focus back on its button, the panel left open', async () => {
    const page = await open(`${viewer.url}#node=${encodeURIComponent(ANSWER)}`);
    await page.locator('.downloads summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#download-menu').isVisible()).resolves.toBe(true);
    await page.locator('#download-menu button').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('#download-menu').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
    await expect(panelOpen(page)).resolves.toBe(true);
    await page.close();
  });
});
