// `claimgraph push --endpoint <url> --graph <iri>`: write the dataset (--data) into a store's named graph, atomically.
import { defaultDatasetDir } from '../../paths.js';
import { pushGraph } from '../../store/push.js';
import { STORE_OPTIONS, type CommandSpec } from '../command.js';
import { UsageError } from '../usage-error.js';

export const pushCommand: CommandSpec = {
  name: 'push',
  args: '',
  arity: 0,
  storeAndData: true,
  summary: 'write the dataset (--data) into a SPARQL store\'s named graph: --endpoint <url> --graph <iri> (the old graph stays until the new one is complete)',
  options: {
    ...STORE_OPTIONS,
    endpoint: { ...STORE_OPTIONS.endpoint!, description: 'the SPARQL 1.1 endpoint of the store (e.g. http://127.0.0.1:8890/sparql); needs --graph' },
    'batch-mb': { type: 'string', value: '<n>', description: 'megabytes of N-Triples per request (default 2)', default: '2' },
  },
  async run(context) {
    const store = context.store();
    if (!store) throw new UsageError('push needs --endpoint <url> and --graph <iri>');
    const megabytes = Number(context.options['batch-mb']);
    if (!(megabytes > 0)) throw new UsageError(`--batch-mb takes a number > 0 (got "${String(context.options['batch-mb'])}")`);
    const dataDir = typeof context.options.data === 'string' ? context.options.data : undefined;
    const graph = context.graph();
    const result = await pushGraph(store.client, graph, {
      dataDir: dataDir ?? defaultDatasetDir,
      batchBytes: Math.round(megabytes * 1024 * 1024),
      onProgress: (p) => context.progress(p.elements, p.total, `${p.triples.toLocaleString('en')} triples sent`),
    });
    if (context.options.json) return context.printJson(result);
    context.print(`pushed ${result.nodes} nodes and ${result.edges} edges (${result.triples.toLocaleString('en')} triples, ${result.batches} batches) to ${result.graph} in ${(result.ms / 1000).toFixed(1)} s\n`);
  },
};
