// `claimgraph find <text>`: nodes whose id, label or text match, best first.
import { find } from '../../query/find.js';
import { STORE_OPTIONS, type CommandSpec, BRIEF_OPTION } from '../command.js';
import { clip, table } from '../table.js';

export const findCommand: CommandSpec = {
  name: 'find',
  args: '<text>',
  arity: 1,
  summary: 'search ids, labels and texts; best match first',
  briefScoped: true,
  options: {
    ...BRIEF_OPTION, limit: { type: 'string', value: '<n>', description: 'show at most n matches (default 20)', default: '20' }, ...STORE_OPTIONS },
  async run(context) {
    const limit = Number(context.options.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('--limit takes a whole number ≥ 1');
    const hits = find(await context.graphFor({ find: context.args[0]! }), context.args[0]!, { limit });
    if (context.options.json) return context.printJson(hits);
    if (hits.length === 0) return context.print(`no node matches "${context.args[0]}"\n`);
    context.print(table(['id', 'kind', 'label', 'matched'], hits.map((h) => [h.id, h.kind, clip(h.label, 50), `${h.field}: ${clip(h.excerpt, 60)}`])));
  },
};
