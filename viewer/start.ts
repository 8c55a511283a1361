// Start-up of the viewer once its code is loaded: reads the dataset main.ts asked for, validates it, starts the app.
import { buildGraph } from '../src/load/build-graph.js';
import { DatasetError, formatProblem } from '../src/load/problems.js';
import { App } from './app.js';
import { expandedIds, expandOnSelect } from './data/store-expansion.js';
import { mark } from './timings.js';
import { byId } from './ui/dom.js';
import { showLoadError } from './ui/load-error.js';

/** Shows the dataset at `url`, whose request `pending` is already under way, or says why it cannot be shown. */
export async function start(url: string, pending: Promise<Response>): Promise<void> {
  mark('app-code');
  try {
    const response = await pending;
    if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status}`);
    const text = await response.text();
    mark('fetched');
    status(`Checking ${url}…`);
    await nextFrame();
    const graph = buildGraph([{ path: url, text }], { source: url, defaultTitle: url });
    mark('validated');
    status(`Drawing ${graph.order} nodes and ${graph.size} edges…`);
    await nextFrame();
    // A store's page holds only the neighbourhoods loaded so far: no brief filter or overview of a part.
    const app = new App(graph, mark, { corpusControls: expandedIds() === undefined });
    status('');
    expandOnSelect(app);
    (window as unknown as { claimgraph: App }).claimgraph = app;
  } catch (error) {
    const lines = error instanceof DatasetError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)];
    showLoadError('This dataset cannot be shown', lines);
  }
}

/** Lets the browser paint the status line between the long steps of start-up. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const status = (text: string) => (byId('load-status').textContent = text);

