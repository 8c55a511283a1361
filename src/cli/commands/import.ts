// `claimgraph import <brief> --out <dir>`: turn a cited brief into a draft dataset, or merge what is new into a curated one.
import { importBrief, IMPORTED_FILE, type ImportResult } from '../../import/import-brief.js';
import type { CommandSpec } from '../command.js';
import { UsageError } from '../usage-error.js';

export const importCommand: CommandSpec = {
  name: 'import',
  args: '<brief>',
  arity: 1,
  summary: `turn a cited brief (text or Markdown) into a draft dataset in --out <dir>; into an existing dataset, add only what is new (to ${IMPORTED_FILE})`,
  options: {
    out: { type: 'string', value: '<dir>', description: 'dataset folder to create, or to merge into' },
    references: {
      type: 'string',
      value: '<file>',
      multiple: true,
      description: 'a reference file (.bib, .ris or CSL-JSON .json) whose entries fill the sources, linked by citation number or key (repeatable)',
    },
  },
  run(context) {
    const out = context.options.out;
    if (typeof out !== 'string' || out === '') throw new UsageError('import needs --out <dir>: the dataset folder to create or merge into');
    const references = context.options.references;
    const result = importBrief(context.args[0]!, out, { references: Array.isArray(references) ? references : typeof references === 'string' ? [references] : [] });
    if (context.options.json) context.printJson(result);
    else context.print(formatResult(result));
  },
};

function formatResult(r: ImportResult): string {
  const lines: string[] = [];
  const { found } = r;
  lines.push(`${r.brief}: ${found.claims} cited sentences, ${found.sources} sources, ${found.citations} citation edges${found.references ? `, ${found.references} references` : ''}${found.figures ? `, ${found.figures} stated numbers as draft figures (marked for review)` : ''}`);
  for (const f of r.referenceFiles ?? []) {
    lines.push(`${f.file}: ${f.linked.length} entr${f.linked.length === 1 ? 'y' : 'ies'} filled ${f.linked.map((n) => `[${n}]`).join(' ') || 'no source'}`);
    if (f.unlinked.length > 0) lines.push(`  not linked (no citation number or numbered key): ${f.unlinked.join(', ')}`);
    if (f.uncited.length > 0) lines.push(`  linked to numbers the brief never cites: ${f.uncited.join(', ')}`);
  }
  if (r.outcome === 'created') lines.push(`created ${r.out}/ (${r.written.join(', ')})`);
  else if (r.outcome === 'merged') lines.push(`merged into ${r.out}/ (wrote ${r.written.join(', ')}; no curated file touched)`);
  else lines.push(`${r.out}/ already holds everything in the brief: nothing written`);
  if (r.merge) {
    const { added, left, curated, gone } = r.merge;
    lines.push(`added: ${added.nodes.length} nodes, ${added.edges.length} edges`);
    for (const id of [...added.nodes, ...added.edges]) lines.push(`  + ${id}`);
    lines.push(`left as they are: ${left.nodes.length} nodes, ${left.edges.length} edges${curated.length ? ` (${curated.length} differ from the brief's draft; the curated version stays)` : ''}`);
    for (const c of curated) lines.push(`  = ${c.id}: ${c.fields.join(', ')}`);
    if (gone.nodes.length + gone.edges.length > 0) {
      lines.push(`no longer in the brief (kept): ${gone.nodes.length} nodes, ${gone.edges.length} edges`);
      for (const id of [...gone.nodes, ...gone.edges]) lines.push(`  - ${id}`);
    }
  }
  if (r.uncited.length > 0) {
    lines.push(r.uncited.length === 1 ? '1 sentence carries no citation and did not become a claim:' : `${r.uncited.length} sentences carry no citation and did not become claims:`);
    for (const s of r.uncited) lines.push(`  line ${s.line}: ${s.text.length > 100 ? s.text.slice(0, 99) + '…' : s.text}`);
  }
  return lines.join('\n') + '\n';
}
