// `claimgraph generate`: write a synthetic dataset (deterministic for a seed) for scale tests and benchmarks.
import { writeSyntheticDataset } from '../../generate/write-synthetic.js';
import type { CommandSpec } from '../command.js';

export const generateCommand: CommandSpec = {
  name: 'generate',
  args: '',
  arity: 0,
  summary: 'write a synthetic dataset: --claims N --seed S --out <dir> (the folder must not exist; over a million edges, split into several files)',
  options: {
    claims: { type: 'string', value: '<n>', description: 'number of claims (about 1.7 nodes and 6.5 edges per claim)', default: '1000' },
    seed: { type: 'string', value: '<s>', description: 'seed of the generator (default 1)', default: '1' },
    out: { type: 'string', value: '<dir>', description: 'folder to create' },
  },
  async run(context) {
    const claims = Number(context.options.claims);
    const seed = Number(context.options.seed);
    if (!Number.isInteger(claims) || claims < 1) throw new RangeError('--claims takes a whole number ≥ 1');
    if (!Number.isInteger(seed)) throw new RangeError('--seed takes a whole number');
    if (typeof context.options.out !== 'string') throw new RangeError('--out <dir> is required');
    const message = await writeSyntheticDataset(context.options.out, { claims, seed });
    if (context.options.json) context.printJson(message);
    else context.print(`wrote ${message.out}: ${message.nodes} nodes, ${message.edges} edges\n`);
  },
};
