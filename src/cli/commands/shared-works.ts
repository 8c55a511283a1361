// `claimgraph shared-works`: the works two briefs or more cite (or that the named briefs all cite), with each brief's markers.
import { briefId } from '../../query/brief-view.js';
import { sharedWorks } from '../../query/shared-works.js';
import { STORE_OPTIONS, type CommandSpec } from '../command.js';
import { clip, table } from '../table.js';
import { UsageError } from '../usage-error.js';

export const sharedWorksCommand: CommandSpec = {
  name: 'shared-works',
  args: '',
  arity: 0,
  summary: 'the works that join briefs: cited by two briefs or more, or by every brief named with --brief',
  options: {
    brief: { type: 'string', value: '<name>', multiple: true, description: 'a brief whose works to compare (give two or more; repeatable)' },
    limit: { type: 'string', value: '<n>', description: 'show at most n works (default 50)', default: '50' },
    ...STORE_OPTIONS,
  },
  async run(context) {
    const given = context.options.brief;
    const briefs = [...new Set((Array.isArray(given) ? given : typeof given === 'string' ? [given] : []).map(briefId))];
    if (briefs.length === 1) throw new UsageError('--brief takes two different briefs or more (or none: works any two briefs share)');
    const limit = Number(context.options.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('--limit takes a whole number ≥ 1');
    const shared = sharedWorks(await context.graphFor(briefs.length ? { refersTo: true, briefs } : { refersTo: true }), briefs.length ? { briefs } : {});
    if (context.options.json) return context.printJson(shared.slice(0, limit));
    context.print(`${shared.length} work${shared.length === 1 ? '' : 's'} cited by ${briefs.length ? briefs.join(' and ') : 'two briefs or more'}${shared.length > limit ? ` (the first ${limit})` : ''}\n\n`);
    if (shared.length === 0) return;
    context.print(
      table(
        ['work', 'label', 'briefs', 'cited as'],
        shared.slice(0, limit).map((w) => [w.work.id, clip(w.work.label, 40), String(w.briefs.length), clip(w.briefs.map((b) => `${b.brief.id} ${b.sources.map((s) => `[${s.citation}]`).join(' ')}`).join('; '), 80)]),
      ),
    );
  },
};
