// `claimgraph pull --endpoint <url> --graph <iri> --out <dir>`: write a store's dataset back as a dataset folder.
import { pullGraph } from '../../store/pull.js';
import { STORE_OPTIONS, type CommandSpec } from '../command.js';
import { UsageError } from '../usage-error.js';

export const pullCommand: CommandSpec = {
  name: 'pull',
  args: '',
  arity: 0,
  summary: 'write the dataset in a SPARQL store\'s named graph (--endpoint, --graph) back as a dataset folder (--out <dir>)',
  options: { ...STORE_OPTIONS, out: { type: 'string', value: '<dir>', description: 'dataset folder to create (must not exist, or be empty)' } },
  async run(context) {
    const store = context.store();
    if (!store) throw new UsageError('pull needs --endpoint <url> and --graph <iri>');
    if (typeof context.options.out !== 'string' || context.options.out === '') throw new UsageError('pull needs --out <dir>: the dataset folder to write');
    const result = await pullGraph(store.client, context.options.out);
    if (context.options.json) return context.printJson(result);
    context.print(`pulled ${result.nodes} nodes and ${result.edges} edges into ${result.out}/ (${result.files.join(', ')})\n`);
  },
};
