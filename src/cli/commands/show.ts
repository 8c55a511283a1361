// `claimgraph show <id>`: one node, every field, and every edge in and out with the node at its other end.
import { describeNode } from '../../query/describe-node.js';
import { flatValue } from '../../export/fields.js';
import { STORE_OPTIONS, type CommandSpec, BRIEF_OPTION } from '../command.js';
import { clip, table } from '../table.js';

export const showCommand: CommandSpec = {
  name: 'show',
  args: '<id|text>',
  arity: 1,
  summary: 'a node with every edge in and out, and the nodes at their ends',
  briefScoped: true,
  options: {
    ...BRIEF_OPTION, ...STORE_OPTIONS },
  async run(context) {
    const id = await context.locate(context.args[0]!);
    const d = describeNode(await context.graphFor({ node: id }), id);
    if (context.options.json) return context.printJson(d);
    const fields = Object.entries(d.node).map(([k, v]) => [k, String(flatValue(v) ?? JSON.stringify(v))]);
    context.print(table(['field', 'value'], fields));
    // A quoted edge shows the brief's sentence, an inferred one the curator's note.
    const rows = (list: typeof d.incoming) =>
      list.map(({ step, node }) => [step.kind, step.basis, node.id, clip(node.label, 40), clip((step.basis === 'inferred' ? step.note : step.quote) ?? step.quote ?? step.note ?? '', 70)]);
    context.print(`\nin (${d.incoming.length})\n`);
    if (d.incoming.length) context.print(table(['edge', 'basis', 'from', 'label', 'quote (quoted) / note (inferred)'], rows(d.incoming)));
    context.print(`\nout (${d.outgoing.length})\n`);
    if (d.outgoing.length) context.print(table(['edge', 'basis', 'to', 'label', 'quote (quoted) / note (inferred)'], rows(d.outgoing)));
  },
};
