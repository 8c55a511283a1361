// `claimgraph migrate`: rewrite a dataset of claimgraph 0.1 (one brief, sources carrying their documents) as a corpus:
// a brief node, works apart from citations. In place, all files or none.
import { basename } from 'node:path';
import { migrateDatasetFolder } from '../../corpus/migrate-folder.js';
import type { CommandSpec } from '../command.js';

export const migrateCommand: CommandSpec = {
  name: 'migrate',
  args: '',
  arity: 0,
  summary: 'rewrite a claimgraph 0.1 dataset (--data) as a corpus: a brief node, and works apart from the citations that point to them',
  options: {
    brief: { type: 'string', value: '<name>', description: 'name of the brief (its id becomes brief:<name>; default: the folder name)' },
  },
  run(context) {
    const dir = context.dataDir;
    const name = typeof context.options.brief === 'string' ? context.options.brief : basename(dir);
    const result = migrateDatasetFolder(dir, name);
    if (context.options.json) return context.printJson(result);
    const r = result.report;
    const lines = [`migrated ${result.folder}: ${r.brief}; ${r.works.length} works made, ${r.merged.length} merged; wrote ${r.changed.join(', ')}`];
    for (const m of r.merged) lines.push(`  merged ${m.work} into ${m.into} (same ${m.by})`);
    if (r.proposed.length > 0) {
      lines.push(`${r.proposed.length} pair${r.proposed.length === 1 ? '' : 's'} of works may be one document (left apart; merge them by hand, or list each in the other's notSameAs):`);
      for (const p of r.proposed) lines.push(`  ? ${p.of} ~ ${p.work} (${p.confidence}): ${p.reason}`);
    }
    context.print(lines.join('\n') + '\n');
  },
};
