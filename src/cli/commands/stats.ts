// `claimgraph stats`: how many nodes and edges of each kind.
import { EDGE_KINDS, NODE_KINDS } from '../../model/schema.js';
import { stats } from '../../query/stats.js';
import { BRIEF_OPTION, type CommandSpec } from '../command.js';
import { table } from '../table.js';

export const statsCommand: CommandSpec = {
  name: 'stats',
  args: '',
  arity: 0,
  summary: 'count nodes and edges by kind',
  briefScoped: true,
  options: { ...BRIEF_OPTION },
  run(context) {
    const s = stats(context.graph());
    if (context.options.json) return context.printJson(s);
    context.print(`${s.title}\n${s.nodes} nodes, ${s.edges} edges\n\n`);
    context.print(table(['node kind', 'count'], NODE_KINDS.map((k) => [k, String(s.nodesByKind[k])])));
    context.print('\n');
    context.print(table(['edge kind', 'count'], EDGE_KINDS.map((k) => [k, String(s.edgesByKind[k])])));
  },
};
