// `claimgraph view`: serve the viewer for a dataset on localhost and print its address; with --endpoint/--graph, serve
// a store's graph a neighbourhood at a time (it opens on --focus, else the answer claim, and loads more on click).
import { serveViewer, type ViewerServer } from '../../serve/serve-viewer.js';
import { toDatasetFile } from '../../model/serialize.js';
import { stats } from '../../query/stats.js';
import { STORE_OPTIONS, type CommandContext, type CommandSpec, BRIEF_OPTION } from '../command.js';
import { UsageError } from '../usage-error.js';
import type { Store } from '../../store/open-store.js';

const DEFAULT_PORT = 4173;

export const viewCommand: CommandSpec = {
  name: 'view',
  args: '',
  arity: 0,
  summary: 'open the dataset in the web viewer: serves it on localhost and prints the URL (Ctrl-C stops)',
  briefScoped: true,
  options: {
    ...BRIEF_OPTION,
    port: { type: 'string', value: '<n>', description: 'port to listen on (default 4173, or a free one if that is taken; a port given here must be free)' },
    host: { type: 'string', value: '<addr>', description: 'address to listen on (default 127.0.0.1)', default: '127.0.0.1' },
    focus: { type: 'string', value: '<id|text>', description: 'with --endpoint: the node the viewer opens on (default: the answer claim)' },
    ...STORE_OPTIONS,
  },
  async run(context) {
    const asked = context.options.port;
    const port = asked === undefined ? DEFAULT_PORT : /^\d+$/.test(String(asked)) ? Number(asked) : NaN;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`--port takes a port number (0-65535), not "${String(asked)}"`);
    const listen = { port, fallBack: asked === undefined, host: String(context.options.host) };
    // With --brief, a store's brief is served whole, as a local dataset is (it is one brief's part, however big the corpus).
    const viewer = context.store() && typeof context.options.brief !== 'string' ? await serveStore(context, listen) : await serveLocal(context, listen);
    if (viewer.fellBackFrom !== undefined) context.warn(`claimgraph view: port ${viewer.fellBackFrom} is in use; using ${new URL(viewer.url).port} instead\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void viewer.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};

interface Listen {
  port: number;
  /** A free port instead when `port` is taken (only when no port was asked for). */
  fallBack: boolean;
  host: string;
}

async function serveLocal(context: CommandContext, listen: Listen): Promise<ViewerServer> {
  if (typeof context.options.focus === 'string') throw new UsageError('--focus works with --endpoint and no --brief (this viewer shows the whole dataset or brief; pick a node there)');
  const graph = await context.graphFor({ whole: true });
  const viewer = await serveViewer({ graph, ...listen });
  const s = stats(graph);
  if (context.options.json) context.printJson({ url: viewer.url, title: s.title, nodes: s.nodes, edges: s.edges });
  else context.print(`claimgraph viewer: ${viewer.url}\n  ${s.title}: ${s.nodes} nodes, ${s.edges} edges. Ctrl-C stops.\n`);
  return viewer;
}

/** The viewer of a store's graph: the page asks the server for neighbourhoods, the server asks the store. */
export function serveStoreViewer(store: Store, focus: string, options: { port?: number; host?: string; fallBack?: boolean } = {}): Promise<ViewerServer> {
  return serveViewer({ store: { start: focus, neighbourhood: async (ids) => JSON.stringify(toDatasetFile(await store.graph.nodePart(ids))) }, ...options });
}

async function serveStore(context: CommandContext, listen: Listen): Promise<ViewerServer> {
  const store = context.store()!;
  const focus = typeof context.options.focus === 'string' ? await context.locate(context.options.focus) : await store.graph.answerClaim();
  if (focus === undefined) throw new UsageError('the store\'s dataset has no answer claim to open on: give --focus <id|text>');
  const viewer = await serveStoreViewer(store, focus, listen);
  const graph = store.client.target.graph;
  if (context.options.json) context.printJson({ url: viewer.url, graph, focus });
  else context.print(`claimgraph viewer: ${viewer.url}\n  ${graph} in ${store.client.target.endpoint}, opening on ${focus}; each click loads that node's neighbourhood. Ctrl-C stops.\n`);
  return viewer;
}
