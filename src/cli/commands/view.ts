// `claimgraph view`: serve the viewer for a dataset on localhost and print its address.
import { serveViewer } from '../../serve/serve-viewer.js';
import { stats } from '../../query/stats.js';
import type { CommandSpec } from '../command.js';

const DEFAULT_PORT = 4173;

export const viewCommand: CommandSpec = {
  name: 'view',
  args: '',
  arity: 0,
  summary: 'open the dataset in the web viewer: serves it on localhost and prints the URL (Ctrl-C stops)',
  options: {
    port: { type: 'string', value: '<n>', description: 'port to listen on (default 4173, or a free one if that is taken; a port given here must be free)' },
    host: { type: 'string', value: '<addr>', description: 'address to listen on (default 127.0.0.1)', default: '127.0.0.1' },
  },
  async run(context) {
    const asked = context.options.port;
    const port = asked === undefined ? DEFAULT_PORT : /^\d+$/.test(String(asked)) ? Number(asked) : NaN;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`--port takes a port number (0-65535), not "${String(asked)}"`);
    const graph = context.graph();
    const viewer = await serveViewer({ graph, port, fallBack: asked === undefined, host: String(context.options.host) });
    const s = stats(graph);
    if (viewer.fellBackFrom !== undefined) context.warn(`claimgraph view: port ${viewer.fellBackFrom} is in use; using ${new URL(viewer.url).port} instead\n`);
    if (context.options.json) context.printJson({ url: viewer.url, title: s.title, nodes: s.nodes, edges: s.edges });
    else context.print(`claimgraph viewer: ${viewer.url}\n  ${s.title}: ${s.nodes} nodes, ${s.edges} edges. Ctrl-C stops.\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void viewer.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
