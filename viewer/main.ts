// Entry point of the viewer: fetches the dataset (?data=URL, default ./dataset.json), validates it, starts the app.
import { buildGraph } from '../src/load/build-graph.js';
import { DatasetError, formatProblem } from '../src/load/problems.js';
import { App } from './app.js';
import { expandOnSelect } from './data/store-expansion.js';
import { byId, h, replaceChildren } from './ui/dom.js';
import './style.css';

/** Milliseconds since navigation at each step of start-up (read by the browser tests and the benchmark). */
export const timings: Record<string, number> = {};
(window as unknown as { claimgraphTimings: typeof timings }).claimgraphTimings = timings;
export const mark = (name: string) => (timings[name] = Math.round(performance.now()));

async function start(): Promise<void> {
  mark('script');
  const url = new URLSearchParams(location.search).get('data') ?? 'dataset.json';
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status}`);
    const text = await response.text();
    mark('fetched');
    status(`Checking ${url}…`);
    await nextFrame();
    const graph = buildGraph([{ path: url, text }], { source: url, defaultTitle: url });
    mark('validated');
    status(`Drawing ${graph.order} nodes and ${graph.size} edges…`);
    await nextFrame();
    const app = new App(graph, mark);
    status('');
    expandOnSelect(app);
    (window as unknown as { claimgraph: App }).claimgraph = app;
  } catch (error) {
    const lines = error instanceof DatasetError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)];
    const box = byId('load-error');
    replaceChildren(box, h('h2', {}, 'This dataset cannot be shown'), h('pre', {}, lines.join('\n')));
    box.hidden = false;
    document.body.dataset.ready = 'error';
  }
}

/** Lets the browser paint the status line between the long steps of start-up. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const status = (text: string) => (byId('load-status').textContent = text);

void start();
