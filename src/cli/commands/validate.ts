// `claimgraph validate`: check a dataset and report every problem, one line each.
import type { CommandSpec } from '../command.js';
import { stats } from '../../query/stats.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  args: '',
  arity: 0,
  summary: 'check a dataset; print every problem as file:line:column  /pointer  message (exit 1)',
  run(context) {
    const s = stats(context.graph());
    if (context.options.json) context.printJson({ valid: true, nodes: s.nodes, edges: s.edges });
    else context.print(`ok  ${s.title}: ${s.nodes} nodes, ${s.edges} edges\n`);
  },
};
