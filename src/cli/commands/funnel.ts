// `claimgraph funnel`: the pipeline's stages in order with the figures published at each, and which steps divide.
import { funnel } from '../../query/funnel.js';
import { VERIFIED_ONLY_OPTION, type CommandSpec, BRIEF_OPTION } from '../command.js';
import { clip, table } from '../table.js';

export const funnelCommand: CommandSpec = {
  name: 'funnel',
  args: '',
  arity: 0,
  summary: 'the pipeline stages in order with their published figures, and which steps give a rate',
  briefScoped: true,
  options: {
    ...BRIEF_OPTION, ...VERIFIED_ONLY_OPTION },
  run(context) {
    const graph = context.graph();
    const result = funnel(graph, { verifiedOnly: context.options['verified-only'] === true });
    if (context.options.json) return context.printJson(result);
    const label = new Map(result.stages.map((s) => [s.id, s.label]));
    const rows: string[][] = [];
    for (const stage of result.stages) {
      if (stage.figures.length === 0) rows.push([stage.label, '(no figures)', '', '', '']);
      stage.figures.forEach((f, i) => {
        const value = f.fromStage ? `${f.value} (from ${label.get(f.fromStage)})` : f.value;
        rows.push([i === 0 ? stage.label : '', clip(value, 72), f.population, f.status, f.sources.join(', ')]);
      });
    }
    for (const f of result.unplaced) rows.push(['(no stage)', clip(f.value, 58), f.population, f.status, f.sources.join(', ')]);
    const figures = result.stages.reduce((n, s) => n + s.figures.length, 0) + result.unplaced.length;
    const out = [`${result.stages.length} stages, ${figures} figures\n\n`, table(['stage', 'figure', 'population', 'status', 'source'], rows), '\nsteps\n'];
    const caveats = [...result.stages.flatMap((s) => s.figures), ...result.unplaced].filter((f) => f.caveat !== undefined);
    out.push(
      table(
        ['step', 'rates', 'refused'],
        result.steps.map((s) => [`${label.get(s.from)} → ${label.get(s.to)}`, String(s.rates), String(s.refused)]),
      ),
    );
    if (caveats.length > 0) out.push('\ncaveats\n', ...caveats.map((f) => `- ${f.id}: ${f.caveat}\n`));
    context.print(out.join(''));
  },
};
