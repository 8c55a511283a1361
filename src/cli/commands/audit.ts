// `claimgraph audit`: weak spots of a dataset, each flagged item with the reason its check flags it.
import { AUDIT_CHECKS, audit, type ClaimFinding, type NodeFinding } from '../../query/audit.js';
import { STORE_OPTIONS, type CommandSpec, BRIEF_OPTION } from '../command.js';
import { clip } from '../table.js';

export const auditCommand: CommandSpec = {
  name: 'audit',
  args: '',
  arity: 0,
  summary: "weak claims (one source, stated-only, press releases, needing the curator's links), positional sources, uncited sources, undocumented obstacles, measurement obstacles hindering cases",
  briefScoped: true,
  options: {
    ...BRIEF_OPTION, ...STORE_OPTIONS },
  async run(context) {
    const report = audit(await context.graphFor({ whole: true }));
    if (context.options.json) return context.printJson(report);
    for (const { key, title } of AUDIT_CHECKS) {
      const items = report[key] as (NodeFinding | ClaimFinding)[];
      context.print(`${title}: ${items.length}\n`);
      for (const item of items) {
        const ref = 'claim' in item ? item.claim : item;
        context.print(`  ${ref.id}  ${clip(ref.label, 50)}\n    why: ${item.reason}\n`);
      }
    }
  },
};
