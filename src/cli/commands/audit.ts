// `claimgraph audit`: weakly supported claims, uncited sources, undocumented obstacles.
import { AUDIT_CHECKS, audit, type ClaimFinding } from '../../query/audit.js';
import type { NodeRef } from '../../query/node-ref.js';
import { STORE_OPTIONS, type CommandSpec } from '../command.js';
import { clip } from '../table.js';

export const auditCommand: CommandSpec = {
  name: 'audit',
  args: '',
  arity: 0,
  summary: 'claims on one source or only stated / press-release sources; uncited sources; undocumented obstacles',
  options: { ...STORE_OPTIONS },
  async run(context) {
    const report = audit(await context.graphFor({ whole: true }));
    if (context.options.json) return context.printJson(report);
    for (const { key, title } of AUDIT_CHECKS) {
      const items = report[key] as (NodeRef | ClaimFinding)[];
      context.print(`${title}: ${items.length}\n`);
      for (const item of items) {
        if ('claim' in item) {
          const cites = item.sources.map((s) => `[${s.citation}]`).join(' ');
          context.print(`  ${item.claim.id}  ${clip(item.claim.label, 50)}  ${cites}\n`);
        } else context.print(`  ${item.id}  ${clip(item.label, 60)}\n`);
      }
    }
  },
};
