// `claimgraph rate <from stage> <to stage>`: the rates the figures at two stages give, and the pairs that do not divide.
import { rate } from '../../query/rate.js';
import { VERIFIED_ONLY_OPTION, type CommandSpec, BRIEF_OPTION } from '../command.js';
import { table } from '../table.js';

export const rateCommand: CommandSpec = {
  name: 'rate',
  args: '<from stage> <to stage>',
  arity: 2,
  summary: 'rates between two pipeline stages where the figures line up; every other pair refused with its mismatches',
  briefScoped: true,
  options: {
    ...BRIEF_OPTION, ...VERIFIED_ONLY_OPTION },
  run(context) {
    const graph = context.graph();
    const from = context.resolve(context.args[0]!);
    const to = context.resolve(context.args[1]!);
    const result = rate(graph, from, to, { verifiedOnly: context.options['verified-only'] === true });
    if (context.options.json) return context.printJson(result);
    const out: string[] = [`${result.from.label} → ${result.to.label}: ${result.rates.length} rate${result.rates.length === 1 ? '' : 's'}, ${result.refused.length} pair${result.refused.length === 1 ? '' : 's'} refused\n`];
    if (result.rates.length > 0) {
      out.push('\nrates\n');
      for (const r of result.rates) {
        out.push(`- ${r.statement}  [${r.how}${r.secondary ? ', secondary' : ''}]\n`);
        for (const c of r.caveats) out.push(`    caveat: ${c}\n`);
      }
    }
    if (result.refused.length > 0) {
      out.push('\nrefused\n');
      out.push(table(['from figure', 'to figure', 'mismatches'], result.refused.map((r) => [r.from.id, r.to.id, r.mismatches.join('; ')])));
    }
    if (result.leftOut.length > 0) {
      out.push('\nleft out\n');
      out.push(table(['figure', 'why'], result.leftOut.map((l) => [l.figure.id, l.reason])));
    }
    context.print(out.join(''));
  },
};
