// `claimgraph generate`: write a synthetic dataset (deterministic for a seed) for scale tests and benchmarks.
import { writeSyntheticCorpus } from '../../generate/write-corpus.js';
import { writeSyntheticDataset } from '../../generate/write-synthetic.js';
import type { CommandSpec } from '../command.js';

export const generateCommand: CommandSpec = {
  name: 'generate',
  args: '',
  arity: 0,
  summary: 'write a synthetic dataset: one brief of --claims N, or a corpus of --briefs N (works shared by Zipf popularity); --seed S --out <dir> (a new folder)',
  options: {
    claims: { type: 'string', value: '<n>', description: 'one brief of n claims (about 1.7 nodes and 6.5 edges per claim; default 1000)' },
    briefs: { type: 'string', value: '<n>', description: 'a corpus of n briefs instead: about 12 claims and 12 citations each, citing works of a shared pool (three per brief) by Zipf popularity' },
    seed: { type: 'string', value: '<s>', description: 'seed of the generator (default 1)', default: '1' },
    out: { type: 'string', value: '<dir>', description: 'folder to create' },
  },
  async run(context) {
    const seed = Number(context.options.seed);
    if (!Number.isInteger(seed)) throw new RangeError('--seed takes a whole number');
    if (typeof context.options.out !== 'string') throw new RangeError('--out <dir> is required');
    if (context.options.briefs !== undefined) {
      if (context.options.claims !== undefined) throw new RangeError('give --claims or --briefs, not both');
      const briefs = Number(context.options.briefs);
      if (!Number.isInteger(briefs) || briefs < 1) throw new RangeError('--briefs takes a whole number ≥ 1');
      const written = await writeSyntheticCorpus(context.options.out, { briefs, seed });
      if (context.options.json) return context.printJson(written);
      return context.print(`wrote ${written.out}: ${written.briefs} briefs, ${written.works} works, ${written.nodes} nodes, ${written.edges} edges\n`);
    }
    const claims = context.options.claims === undefined ? 1000 : Number(context.options.claims);
    if (!Number.isInteger(claims) || claims < 1) throw new RangeError('--claims takes a whole number ≥ 1');
    const message = await writeSyntheticDataset(context.options.out, { claims, seed });
    if (context.options.json) context.printJson(message);
    else context.print(`wrote ${message.out}: ${message.nodes} nodes, ${message.edges} edges\n`);
  },
};
