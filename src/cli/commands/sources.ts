// `claimgraph sources <claim>`: the sources that support a claim, on the brief's word first, then those reached only
// through the curator's (inferred) links, each with its evidence path.
import { sourcesFor, type SourceSupport } from '../../query/sources-for.js';
import { STORE_OPTIONS, type CommandSpec, BRIEF_OPTION } from '../command.js';
import { clip, table } from '../table.js';

/** A path with each hop drawn by its basis: → a quoted edge (the brief's word), ⇢ an inferred one (the curator's). */
function drawPath(support: SourceSupport): string {
  return support.path.slice(1).reduce((line, id, i) => `${line} ${support.steps[i]!.basis === 'quoted' ? '→' : '⇢'} ${id}`, support.path[0]!);
}

export const sourcesCommand: CommandSpec = {
  name: 'sources',
  args: '<claim id|text>',
  arity: 1,
  summary: "sources supporting a claim, on the brief's word and through the curator's links, with evidence paths",
  briefScoped: true,
  options: {
    ...BRIEF_OPTION,
    direct: { type: 'boolean', description: 'only the sources that support the claim itself' },
    'quoted-only': { type: 'boolean', description: "only the sources a path of quoted edges reaches: the brief's own word" },
    ...STORE_OPTIONS,
  },
  async run(context) {
    const id = await context.locate(context.args[0]!);
    const graph = await context.graphFor({ sources: id });
    const quotedOnly = context.options['quoted-only'] === true;
    const results = sourcesFor(graph, id, { direct: context.options.direct === true, quotedOnly });
    if (context.options.json) return context.printJson({ claim: id, sources: results });
    const onWord = results.filter((r) => r.basis === 'quoted').length;
    const through = results.length - onWord;
    const count = (n: number) => `${n} source${n === 1 ? '' : 's'}`;
    const summary = quotedOnly ? `${count(onWord)} on the brief's word` : `${count(onWord)} on the brief's word, ${through} more through the curator's links`;
    context.print(`${id}  ${graph.getNodeAttribute(id, 'label')}\n${summary}\n\n`);
    context.print(
      table(
        ['cite', 'source', 'how', 'on whose word', 'evidence path'],
        results.map((r) => [
          `[${r.source.citation}]`,
          clip(r.source.label, 44),
          r.direct ? 'direct' : `via ${r.path.length - 2}`,
          r.basis === 'quoted' ? "brief's" : `curator's (${r.inferredLinks.length} link${r.inferredLinks.length === 1 ? '' : 's'})`,
          drawPath(r),
        ]),
      ),
    );
    if (through > 0) context.print('\n→ a link the brief states (quoted)   ⇢ a link the curator draws (inferred; `claimgraph show <id>` gives its note)\n');
  },
};
