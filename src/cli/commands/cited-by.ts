// `claimgraph cited-by <work>`: which briefs and claims rest on a work (cite it, or a work drawn from it), by brief.
import { citedBy } from '../../query/cited-by.js';
import { BRIEF_OPTION, STORE_OPTIONS, type CommandSpec } from '../command.js';
import { clip, table } from '../table.js';
import { UsageError } from '../usage-error.js';

export const citedByCommand: CommandSpec = {
  name: 'cited-by',
  args: '<work id|text>',
  arity: 1,
  summary: 'which briefs and claims rest on a work: the markers that cite it (or a work drawn from it) and the claims they back',
  briefScoped: true,
  options: {
    ...BRIEF_OPTION,
    direct: { type: 'boolean', description: 'only the markers that cite the work itself, not works drawn from it' },
    ...STORE_OPTIONS,
  },
  async run(context) {
    const id = await context.locate(context.args[0]!);
    if (!id.startsWith('work:')) throw new UsageError(`"${id}" is not a work (cited-by takes a work: work:<name>, or a text naming one)`);
    const direct = context.options.direct === true;
    const result = citedBy(await context.graphFor({ citedBy: id, direct }), id, { direct });
    if (context.options.json) return context.printJson(result);
    const citations = result.briefs.reduce((n, b) => n + b.citations.length, 0);
    const claims = result.briefs.reduce((n, b) => n + b.claims.length, 0);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    context.print(`${id}  ${result.work.label}\n${plural(result.briefs.length, 'brief')}, ${plural(citations, 'citation')}, ${plural(claims, 'claim')} resting on it`);
    context.print(result.derived.length ? ` (with ${plural(result.derived.length, 'work')} drawn from it: ${result.derived.map((w) => w.id).join(', ')})\n\n` : '\n\n');
    const rows: string[][] = [];
    for (const brief of result.briefs) {
      for (const c of brief.citations) {
        const claimsOf = c.claims.map((b) => (b.direct ? b.claim.id : `${b.claim.id} (via ${b.path.length - 2})`));
        rows.push([brief.brief.id, `[${c.source.citation}]`, c.work === id ? 'it' : c.through.join(' → '), clip(claimsOf.join(', ') || '(no claim)', 90)]);
      }
    }
    if (rows.length > 0) context.print(table(['brief', 'cite', 'cites', 'claims'], rows));
  },
};
