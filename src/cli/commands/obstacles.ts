// `claimgraph obstacles <claim>`: the obstacles that explain a claim, who documents them, and where they bite.
import { obstaclesFor, type ObstacleExplanation } from '../../query/obstacles-for.js';
import { STORE_OPTIONS, type CommandSpec, BRIEF_OPTION } from '../command.js';
import { clip, table } from '../table.js';

export const obstaclesCommand: CommandSpec = {
  name: 'obstacles',
  args: '<claim id|text>',
  arity: 1,
  summary: 'obstacles explaining a claim (or the claims under it), their sources and stages',
  briefScoped: true,
  options: {
    ...BRIEF_OPTION, direct: { type: 'boolean', description: 'only the obstacles that explain the claim itself' }, ...STORE_OPTIONS },
  async run(context) {
    const id = await context.locate(context.args[0]!);
    const graph = await context.graphFor({ obstacles: id, direct: context.options.direct === true });
    const results = obstaclesFor(graph, id, { direct: context.options.direct === true });
    if (context.options.json) return context.printJson({ claim: id, obstacles: results });
    context.print(`${id}  ${graph.getNodeAttribute(id, 'label')}\n${results.length} obstacles\n\n`);
    context.print(
      table(
        ['obstacle', 'affects', 'explains', 'documented by', 'hinders'],
        results.map((r) => [
          clip(r.obstacle.label, 44),
          r.obstacle.affects,
          r.direct ? 'this claim' : r.via[0]!,
          documentedBy(r.documentedBy),
          r.hinders.map((s) => s.label).join(', '),
        ]),
      ),
    );
    if (results.some((r) => r.documentedBy.some((d) => d.step.basis === 'inferred'))) {
      context.print("\ndocumented by: [n] on the brief's word (quoted)   ⇢ [n] only on the curator's pairing (inferred; `claimgraph show <source>` gives its note)\n");
    }
  },
};

/** The documenting sources, those the brief pairs with the obstacle first, then after ⇢ those only the curator pairs. */
function documentedBy(list: ObstacleExplanation['documentedBy']): string {
  const quoted = list.filter((d) => d.step.basis === 'quoted').map((d) => `[${d.source.citation}]`);
  const inferred = list.filter((d) => d.step.basis === 'inferred').map((d) => `[${d.source.citation}]`);
  return [...quoted, ...(inferred.length ? ['⇢', ...inferred] : [])].join(' ') || '(nobody)';
}
