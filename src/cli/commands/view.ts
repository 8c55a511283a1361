// `claimgraph view`: serve the viewer for a dataset on localhost and print its address.
import { serveViewer } from '../../serve/serve-viewer.js';
import { stats } from '../../query/stats.js';
import type { CommandSpec } from '../command.js';

export const viewCommand: CommandSpec = {
  name: 'view',
  args: '',
  arity: 0,
  summary: 'open the dataset in the web viewer: serves it on localhost and prints the URL (Ctrl-C stops)',
  options: {
    port: { type: 'string', value: '<n>', description: 'port to listen on (default 4173; a free one if taken)', default: '4173' },
    host: { type: 'string', value: '<addr>', description: 'address to listen on (default 127.0.0.1)', default: '127.0.0.1' },
  },
  async run(context) {
    const port = Number(context.options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError('--port takes a port number (0-65535)');
    const graph = context.graph();
    const viewer = await serveViewer({ graph, port, host: String(context.options.host) });
    const s = stats(graph);
    if (context.options.json) context.printJson({ url: viewer.url, title: s.title, nodes: s.nodes, edges: s.edges });
    else context.print(`claimgraph viewer: ${viewer.url}\n  ${s.title}: ${s.nodes} nodes, ${s.edges} edges. Ctrl-C stops.\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void viewer.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
