// The viewer's funnel chart in a real browser: every figure drawn at its stage, steps marked from `rate`, stage and
// figure colours of the legend, a figure picked selects its node, and hostile strings stay text.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/load/load-graph.js';
import { defaultDatasetDir } from '../../src/paths.js';
import { funnel } from '../../src/query/funnel.js';
import { serveViewer, type ViewerServer } from '../../src/serve/serve-viewer.js';
import { NODE_STYLE } from '../../src/style/kinds.js';
import { edge, source, stage, writeDataset } from '../helpers/make-graph.js';
import { ARTIFACTS, countColour, launchBrowser, openViewer, waitForViewer } from './browser.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
let browser: Browser;
let bundled: ViewerServer;
let hostile: ViewerServer;

beforeAll(async () => {
  browser = await launchBrowser();
  bundled = await serveViewer({ graph: loadGraph(defaultDatasetDir), port: 0 });
  const dir = writeDataset({
    'g.json': {
      nodes: [
        stage('a', 1),
        { ...stage('b', 2), label: `<b>${HOSTILE}</b>` },
        source(1, { label: `[1] ${HOSTILE}` }),
        {
          kind: 'figure', id: 'figure:x', label: HOSTILE, measure: 'count', value: 500, qualifier: 'exact', unit: 'reports', jurisdiction: 'worldwide', offences: 'all-report-types',
          periodStart: '2020', periodEnd: '2020', periodType: 'calendar', status: 'verified', scope: `<script>alert(2)</script>`,
        },
      ],
      edges: [edge('precedes', 'stage:a', 'stage:b'), edge('reports', 'source:1', 'figure:x', { basis: 'quoted', quote: HOSTILE }), edge('measures', 'figure:x', 'stage:b', { basis: 'inferred', note: 'n' })],
    },
  });
  hostile = await serveViewer({ graph: loadGraph(dir), port: 0 });
});

afterAll(async () => {
  await browser?.close();
  await bundled?.close();
  await hostile?.close();
});

describe('the funnel chart in the viewer', () => {
  it('draws every figure of the dataset at its stage on a log scale, marks the steps from rate, in the legend colours', async () => {
    const { page, errors } = await openViewer(browser, bundled.url);
    await page.locator('#show-funnel').click();
    await page.locator('#funnel svg').waitFor();
    const expected = funnel(loadGraph(defaultDatasetDir));
    const drawn = await page.locator('#funnel g.figure').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));
    expect(drawn.sort()).toEqual(expected.stages.flatMap((s) => s.figures.map((f) => f.id)).sort());
    const stages = await page.locator('#funnel g.stage').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));
    expect(stages).toEqual(expected.stages.map((s) => s.id));
    const steps = await page.locator('#funnel text.step').evaluateAll((ts) => ts.map((t) => [t.getAttribute('data-from'), t.getAttribute('class')]));
    expect(steps).toEqual(expected.steps.map((s) => [s.from, `step ${s.rates > 0 ? 'divisible' : s.refused > 0 ? 'refused' : 'empty'}`]));
    expect(Object.fromEntries(steps)['stage:referral']).toBe('step refused');
    expect(Object.fromEntries(steps)['stage:investigation']).toBe('step divisible');
    // A count's bar grows with the log of the value: 32 million reports against about a thousand sentences.
    const width = (id: string) => page.locator(`#funnel g[data-id="${id}"] rect`).getAttribute('width').then(Number);
    const reports = await width('figure:ncmec-reports-2022');
    const sentenced = await width('figure:ussc-cp-offenders-fy2020');
    expect(reports / sentenced).toBeCloseTo(Math.log10(32_059_029) / Math.log10(1023), 1);
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = await page.locator('#funnel').screenshot({ path: join(ARTIFACTS, 'funnel-viewer.png') });
    const png = PNG.sync.read(shot);
    expect(countColour(png, NODE_STYLE.figure.color, 10)).toBeGreaterThan(2000);
    // Stage bands: the stage colour as their outline, and as a light fill (12% over white).
    const strokes = await page.locator('#funnel g.stage rect').evaluateAll((rs) => [...new Set(rs.map((r) => r.getAttribute('stroke')))]);
    expect(strokes).toEqual([NODE_STYLE.stage.color]);
    const tint = '#' + [1, 3, 5].map((i) => Math.round(255 - 0.12 * (255 - parseInt(NODE_STYLE.stage.color.slice(i, i + 2), 16))).toString(16).padStart(2, '0')).join('');
    expect(countColour(png, tint, 6)).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
    // Picking a figure selects it: the panel shows it and the URL names it.
    await page.locator('#funnel g[data-id="figure:bjs-csec-prosecuted-share-2004-2013"] text').click();
    await expect(page.locator('#funnel').isHidden()).resolves.toBe(true);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('node')).toBe('figure:bjs-csec-prosecuted-share-2004-2013');
    await expect(page.locator('#panel-title').textContent()).resolves.toContain('60%');
    await page.screenshot({ path: join(ARTIFACTS, 'funnel-selected-page.png') });
    await page.close();
  });

  it('marks each figure with a caveat, whose text shows on hover and in the list under the chart (the NCMEC 2024 count’s “bundling”)', async () => {
    const { page, errors } = await openViewer(browser, bundled.url);
    await page.locator('#show-funnel').click();
    await page.locator('#funnel svg').waitFor();
    const expected = funnel(loadGraph(defaultDatasetDir)).stages.flatMap((s) => s.figures).filter((f) => f.caveat !== undefined);
    expect(expected.length).toBeGreaterThan(5);
    const marked = await page.locator('#funnel g.figure').evaluateAll((gs) =>
      gs
        .filter((g) => g.querySelector('.caveat-mark'))
        .map((g) => ({ id: g.getAttribute('data-id')!, title: g.querySelector('title')!.textContent!, note: document.getElementById(g.getAttribute('aria-describedby') ?? '')?.textContent ?? '' })),
    );
    expect(marked.map((m) => m.id).sort()).toEqual(expected.map((f) => f.id).sort());
    for (const f of expected) {
      const m = marked.find((x) => x.id === f.id)!;
      expect(m.title, f.id).toContain(f.caveat);
      expect(m.note, f.id).toContain(f.caveat);
    }
    const listed = await page.locator('#funnel .funnel-caveats li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-figure'), li.textContent]));
    expect(listed.map(([id]) => id).sort()).toEqual(expected.map((f) => f.id).sort());
    const bundling = listed.find(([id]) => id === 'figure:ncmec-reports-2024')!;
    expect(bundling[1]).toContain('bundling');
    // A figure without a caveat has no marker.
    await expect(page.locator('#funnel g.figure[data-id="figure:ncmec-reports-2022"] .caveat-mark').count()).resolves.toBe(0);
    // The list's link selects the figure.
    await page.locator('#funnel .funnel-caveats li[data-figure="figure:ncmec-reports-2024"] .node-link').click();
    await expect(page.locator('#funnel').isHidden()).resolves.toBe(true);
    await expect(page.locator('#panel [data-field="caveat"]').textContent()).resolves.toContain('bundling');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1400, height: 900 },
  ]) {
    it(`${viewport.width}×${viewport.height}: the funnel scrolls only vertically, with every figure at its stage`, async () => {
      const page = await browser.newPage({ viewport });
      await page.goto(bundled.url);
      await waitForViewer(page);
      await page.locator('#show-funnel').click();
      await page.locator('#funnel .funnel-chart').waitFor();
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `funnel-${viewport.width}x${viewport.height}.png`) });
      const box = await page.locator('#funnel .funnel-chart').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
      expect(box.scrollWidth).toBe(box.clientWidth);
      expect(box.scrollHeight).toBeGreaterThan(box.clientHeight);
      await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
      // What shows, chart or lists, has every figure of the funnel query at its stage.
      const expected = funnel(loadGraph(defaultDatasetDir));
      const shown = await page.locator('#funnel :is(g.figure, li.figure):visible').evaluateAll((items) =>
        items.map((i) => [i.getAttribute('data-id'), (i.closest('.funnel-stage') ?? null)?.getAttribute('data-id') ?? null]),
      );
      expect(shown.map(([id]) => id).sort()).toEqual(expected.stages.flatMap((s) => s.figures.map((f) => f.id)).sort());
      if (viewport.width < 900) {
        for (const stage of expected.stages) for (const f of stage.figures) expect(shown.find(([id]) => id === f.id)![1], f.id).toBe(stage.id);
        // Picking a figure from the list selects it.
        await page.locator('#funnel li.figure[data-id="figure:ncmec-reports-2024"] .node-link').click();
        await expect(page.locator('#funnel').isHidden()).resolves.toBe(true);
        await expect(page.locator('#panel [data-field="caveat"]').textContent()).resolves.toContain('bundling');
      }
      await page.close();
    });
  }

  it('keeps hostile labels and scopes as text', async () => {
    const { page, errors, dialogs } = await openViewer(browser, hostile.url);
    await page.locator('#show-funnel').click();
    await page.locator('#funnel svg').waitFor();
    await expect(page.locator('#funnel g.stage[data-id="stage:b"] text').textContent()).resolves.toBe(`<b>${HOSTILE}</b>`);
    await expect(page.locator('#funnel g.figure title').textContent()).resolves.toBe(HOSTILE);
    await expect(page.locator('#funnel img, #funnel script, #funnel b').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
