// `claimgraph sources <claim>`: the sources that support a claim, direct and indirect, each with its evidence path.
import { sourcesFor } from '../../query/sources-for.js';
import { STORE_OPTIONS, type CommandSpec } from '../command.js';
import { clip, table } from '../table.js';

export const sourcesCommand: CommandSpec = {
  name: 'sources',
  args: '<claim id|text>',
  arity: 1,
  summary: 'sources supporting a claim, direct and through other claims, with evidence paths',
  options: { direct: { type: 'boolean', description: 'only the sources that support the claim itself' }, ...STORE_OPTIONS },
  async run(context) {
    const id = await context.locate(context.args[0]!);
    const graph = await context.graphFor({ sources: id });
    const results = sourcesFor(graph, id, { direct: context.options.direct === true });
    if (context.options.json) return context.printJson({ claim: id, sources: results });
    const direct = results.filter((r) => r.direct).length;
    context.print(`${id}  ${graph.getNodeAttribute(id, 'label')}\n${results.length} sources: ${direct} direct, ${results.length - direct} indirect\n\n`);
    context.print(
      table(
        ['cite', 'source', 'type', 'how', 'evidence path'],
        results.map((r) => [`[${r.source.citation}]`, clip(r.source.label, 44), r.source.type, r.direct ? 'direct' : `via ${r.path.length - 2}`, r.path.join(' → ')]),
      ),
    );
  },
};
