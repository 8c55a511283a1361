// The viewer on a store, in Chromium: it opens on the focus's neighbourhood only, and a click on a node loads that
// node's neighbourhood from the store (through the server's /api/neighbourhood), never the whole graph.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStoreViewer } from '../../src/cli/commands/view.js';
import { loadGraph } from '../../src/load/load-graph.js';
import { defaultDatasetDir } from '../../src/paths.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { pushGraph } from '../../src/store/push.js';
import type { ViewerServer } from '../../src/serve/serve-viewer.js';
import { ARTIFACTS, launchBrowser, waitForViewer } from '../browser/browser.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const server = inject('virtuoso');
const FOCUS = 'claim:no-national-rate';
let browser: Browser;
let viewer: ViewerServer;
let store: Store;

beforeAll(async () => {
  store = openStore({ endpoint: server.endpoint, graph: 'urn:claimgraph:test:viewer', env: { CLAIMGRAPH_STORE_USER: server.user, CLAIMGRAPH_STORE_PASSWORD: server.password } });
  await pushGraph(store.client, loadGraph(defaultDatasetDir), { dataDir: defaultDatasetDir });
  viewer = await serveStoreViewer(store, FOCUS, { port: 0 });
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await viewer?.close();
});

const shown = async (page: import('playwright-core').Page) => (await page.locator('#dataset-stats').textContent()) ?? '';

it('opens on the focus neighbourhood and loads a clicked node\'s neighbourhood from the store', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await page.goto(viewer.url);
  await waitForViewer(page);

  const first = await store.graph.nodePart(FOCUS);
  const whole = loadGraph(defaultDatasetDir);
  expect(first.order).toBeLessThan(whole.order);
  expect(await shown(page)).toBe(`${first.order} nodes · ${first.size} edges`);
  expect(page.url()).toContain(`#node=${encodeURIComponent(FOCUS)}`);
  expect(await page.locator('#panel').textContent()).toContain('The reporting reviewed documents a gap and its reasons but no verifiable national percentage');

  // A claim beside the answer, not yet expanded: selecting it (as a click does) loads its neighbourhood too.
  const neighbour = first.neighbors(FOCUS).find((id) => id.startsWith('claim:'))!;
  await Promise.all([page.waitForURL((url) => decodeURIComponent(decodeURIComponent(url.search)).includes(`ids=${FOCUS},${neighbour}`), { waitUntil: 'commit' }), page.evaluate((id) => (window as unknown as { claimgraph: { select(id: string): void } }).claimgraph.select(id), neighbour)]);
  await waitForViewer(page);
  const second = await store.graph.nodePart([FOCUS, neighbour]);
  expect(second.order).toBeGreaterThan(first.order);
  expect(await shown(page)).toBe(`${second.order} nodes · ${second.size} edges`);
  expect(decodeURIComponent(decodeURIComponent(page.url()))).toContain(`ids=${FOCUS},${neighbour}#node=${neighbour}`);
  await page.screenshot({ path: join(ARTIFACTS, 'viewer-store.png') });

  expect(requests.some((r) => r.startsWith('/dataset.json'))).toBe(false);
  expect(requests.filter((r) => r.startsWith('/api/')).every((r) => r.startsWith('/api/neighbourhood?ids='))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});
