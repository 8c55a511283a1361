// The viewer's graph view in Chromium (issue 19): a shared link shows the graph framed and carries the camera; on a
// phone the nodes stay apart; a new layout is framed once it settles; a node can be dragged.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadGraph } from '../../src/load/load-graph.js';
import { defaultDatasetDir } from '../../src/paths.js';
import { countInk, serveForTests, settle, shootGraph } from './browser.js';

const ANSWER = 'claim:no-national-rate';
const graph = loadGraph(defaultDatasetDir);
const viewer = serveForTests(graph);
const open = viewer.open;

/** Waits out a camera animation (350 ms on small graphs) and the camera's rest before the URL takes it (250 ms). */
const afterCamera = async (page: Page) => {
  await page.waitForTimeout(700);
  await settle(page);
};

/** The nodes of `ids` (all visible ones when omitted) that sigma draws outside the graph area, and how many were checked. */
function offScreen(page: Page, ids?: string[]): Promise<{ off: string[]; checked: number }> {
  return page.evaluate((ids) => {
    const app = (window as any).claimgraph;
    const sigma = app.view.sigma;
    const { width, height } = sigma.getDimensions();
    const nodes: string[] = ids ?? app.view.display.filterNodes((id: string) => app.model().visible.nodes.has(id));
    const off = nodes.filter((id) => {
      const p = sigma.graphToViewport(app.view.display.getNodeAttributes(id));
      return !(p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
    });
    return { off, checked: nodes.length };
  }, ids ?? null);
}

const cameraOf = (page: Page) => page.evaluate(() => (window as any).claimgraph.view.sigma.getCamera().getState() as { x: number; y: number; ratio: number });

describe('a shared link', () => {
  it('with the audit on and a selection, shows the selection and its evidence framed (it opened on an empty graph)', async () => {
    const { page, errors } = await open(`${viewer.url}#node=${encodeURIComponent(ANSWER)}&audit=1`);
    await afterCamera(page);
    const png = await shootGraph(page, 'view-audit-link');
    const highlighted = await page.evaluate(() => [...(window as any).claimgraph.model().highlight.nodes] as string[]);
    expect(highlighted.length).toBeGreaterThan(20);
    const { off } = await offScreen(page, highlighted);
    expect(off).toEqual([]);
    expect(countInk(png) / (png.width * png.height)).toBeGreaterThan(0.02);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('carries the camera (where it looks and how close, rounded) and a new page opened on it shows the same view', async () => {
    const { page } = await open(`${viewer.url}#node=${encodeURIComponent(ANSWER)}`);
    await afterCamera(page);
    // Zoom in twice, then pan by dragging the empty stage.
    await page.locator('#zoom-in').click();
    await afterCamera(page);
    await page.locator('#zoom-in').click();
    await afterCamera(page);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width - 30, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 130, box.y + 90, { steps: 10 });
    await page.mouse.up();
    await afterCamera(page);
    const camera = await cameraOf(page);
    const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(hash.get('node')).toBe(ANSWER);
    const [x, y, ratio] = hash.get('camera')!.split(',').map(Number) as [number, number, number];
    expect(Math.abs(x - camera.x)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(y - camera.y)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(ratio / camera.ratio - 1)).toBeLessThan(1e-3);
    // Rounded: no more digits than the link needs.
    expect(hash.get('camera')).toMatch(/^-?\d+(\.\d{1,4})?,-?\d+(\.\d{1,4})?,\d+(\.\d+)?$/);
    const { page: shared } = await open(page.url());
    await afterCamera(shared);
    const restored = await cameraOf(shared);
    expect(Math.abs(restored.x - camera.x)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(restored.y - camera.y)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(restored.ratio / camera.ratio - 1)).toBeLessThan(1e-3);
    await expect(shared.locator('#panel-title').textContent()).resolves.toBe(graph.getNodeAttribute(ANSWER, 'label'));
    await shared.close();
    // Another selection frames itself; Back returns to the previous entry with its camera.
    await page.locator('[data-source="source:1"] .node-link').click();
    await afterCamera(page);
    expect(Math.abs((await cameraOf(page)).x - camera.x)).toBeGreaterThan(1e-3);
    await page.goBack();
    await afterCamera(page);
    const back = await cameraOf(page);
    expect(Math.abs(back.x - camera.x)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(back.ratio / camera.ratio - 1)).toBeLessThan(1e-3);
    await page.close();
  });
});

describe('on a phone (390×844)', () => {
  for (const [name, hash] of [
    ['the whole graph', ''],
    ['the answer selected', `#node=${encodeURIComponent(ANSWER)}`],
  ] as const) {
    it(`${name}: nodes do not merge into bars (no two discs overlap)`, async () => {
      const { page } = await open(`${viewer.url}${hash}`, { width: 390, height: 844 });
      await afterCamera(page);
      await shootGraph(page, `view-phone-${hash ? 'answer' : 'whole'}`);
      const nodes = await page.evaluate(() => {
        const app = (window as any).claimgraph;
        const { width, height } = app.view.sigma.getDimensions();
        return (app.view.scene().nodes as { id: string; x: number; y: number; r: number }[]).filter((n) => n.x >= 0 && n.y >= 0 && n.x <= width && n.y <= height);
      });
      expect(nodes.length).toBeGreaterThan(25);
      const touching: string[] = [];
      let nearest = Infinity;
      for (let i = 0; i < nodes.length; i++)
        for (let j = i + 1; j < nodes.length; j++) {
          const [a, b] = [nodes[i]!, nodes[j]!];
          const d = Math.hypot(a.x - b.x, a.y - b.y);
          nearest = Math.min(nearest, d);
          // The answer is drawn larger than the claims a row from it (a layout matter): it may touch one, never cover its centre.
          const limit = a.id === ANSWER || b.id === ANSWER ? Math.max(a.r, b.r) : a.r + b.r;
          if (d < limit) touching.push(`${a.id} / ${b.id}: ${d.toFixed(1)} px apart, radii ${a.r.toFixed(1)} and ${b.r.toFixed(1)}`);
        }
      expect(touching).toEqual([]);
      expect(nearest).toBeGreaterThan(4);
      await page.close();
    });
  }
});

describe('switching the layout', () => {
  it('to ForceAtlas2 frames the new positions once they settle: every visible node on screen', async () => {
    // Zoomed in on a selection first, so that the old framing leaves most of the graph out.
    const { page, errors } = await open(`${viewer.url}#node=${encodeURIComponent(ANSWER)}`);
    await afterCamera(page);
    expect((await offScreen(page)).off.length).toBeGreaterThan(0);
    await page.locator('#layout').selectOption('fa2');
    await page.waitForFunction(() => document.body.dataset.layout === 'fa2:settled', null, { timeout: 60_000 });
    await afterCamera(page);
    await shootGraph(page, 'view-fa2-framed');
    const { off, checked } = await offScreen(page);
    expect(checked).toBe(graph.order);
    expect(off).toEqual([]);
    // Back to the evidence flow: framed as well.
    await page.locator('#layout').selectOption('flow');
    await page.waitForFunction(() => document.body.dataset.layout === 'flow:settled', null, { timeout: 60_000 });
    await afterCamera(page);
    expect((await offScreen(page)).off).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('dragging a node', () => {
  it('moves it by the pointer’s distance (its label and edges follow); the camera stays; a drag does not select, a click does', async () => {
    const { page, errors } = await open(viewer.url);
    const node = 'question:national-prosecution-rate';
    const before = await page.evaluate((id) => {
      const app = (window as any).claimgraph;
      const sigma = app.view.sigma;
      const rect = document.getElementById('graph')!.getBoundingClientRect();
      const at = sigma.graphToViewport(app.view.display.getNodeAttributes(id));
      const from = sigma.viewportToGraph(at);
      const to = sigma.viewportToGraph({ x: at.x + 100, y: at.y + 40 });
      const { x, y } = app.view.display.getNodeAttributes(id);
      return { page: { x: rect.left + at.x, y: rect.top + at.y }, at, graph: { x, y }, delta: { x: to.x - from.x, y: to.y - from.y }, camera: sigma.getCamera().getState() };
    }, node);
    await page.mouse.move(before.page.x, before.page.y);
    await page.mouse.down();
    await page.mouse.move(before.page.x + 100, before.page.y + 40, { steps: 12 });
    await page.mouse.up();
    await page.waitForTimeout(400);
    await settle(page);
    await shootGraph(page, 'view-dragged');
    const after = await page.evaluate((id) => {
      const app = (window as any).claimgraph;
      const sigma = app.view.sigma;
      const { x, y } = app.view.display.getNodeAttributes(id);
      const at = sigma.graphToViewport({ x, y });
      const scene = app.view.scene();
      const ends = scene.edges.filter((e: any) => app.view.display.extremities(e.id).includes(id)).map((e: any) => (app.view.display.source(e.id) === id ? { x: e.x1, y: e.y1 } : { x: e.x2, y: e.y2 }));
      const label = app.view.layer.placed.find((l: any) => l.node === id) ?? null;
      return { graph: { x, y }, at, ends, label, r: sigma.scaleSize(sigma.getNodeDisplayData(id).size), camera: sigma.getCamera().getState(), hash: location.hash, panel: !document.getElementById('panel')!.hidden };
    }, node);
    // Moved by the pointer's distance, in graph units and on screen.
    expect(after.graph.x - before.graph.x).toBeCloseTo(before.delta.x, 4);
    expect(after.graph.y - before.graph.y).toBeCloseTo(before.delta.y, 4);
    expect(Math.abs(after.at.x - (before.at.x + 100))).toBeLessThan(1);
    expect(Math.abs(after.at.y - (before.at.y + 40))).toBeLessThan(1);
    // The camera did not pan, and the drag selected nothing.
    expect(after.camera).toEqual(before.camera);
    expect(after.panel).toBe(false);
    expect(new URLSearchParams(after.hash.slice(1)).get('node')).toBeNull();
    // Its edges end at its new place, its label sits beside it.
    expect(after.ends.length).toBeGreaterThan(0);
    for (const end of after.ends) expect(Math.hypot(end.x - after.at.x, end.y - after.at.y)).toBeLessThan(1);
    expect(after.label).not.toBeNull();
    expect(Math.abs(after.label.y + after.label.height / 2 - after.at.y)).toBeLessThanOrEqual(after.label.side === 'right' || after.label.side === 'left' ? 1 : after.r + after.label.height + 4);
    const gap = after.label.side === 'right' ? after.label.x - after.at.x : after.label.side === 'left' ? after.at.x - (after.label.x + after.label.width) : 0;
    expect(gap).toBeLessThanOrEqual(after.r + 4);
    // A click without moving still selects it.
    await page.mouse.click(before.page.x + 100, before.page.y + 40);
    await page.waitForFunction((id) => new URLSearchParams(location.hash.slice(1)).get('node') === id, node, { timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
