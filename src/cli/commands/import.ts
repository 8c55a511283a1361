// `claimgraph import <brief> --into <corpus>`: add a cited brief to a corpus (a new corpus if the folder is new), or
// add what is new in a brief the corpus holds; its sources' documents matched to the corpus's works.
import { importBrief, IMPORTED_FILE, type ImportResult } from '../../import/import-brief.js';
import type { CommandSpec } from '../command.js';
import { UsageError } from '../usage-error.js';

export const importCommand: CommandSpec = {
  name: 'import',
  args: '<brief>',
  arity: 1,
  summary: `add a cited brief (text or Markdown) to the corpus in --into <dir> (created if new), in its own folder briefs/<name>/; a brief it holds gets only what is new (in ${IMPORTED_FILE})`,
  options: {
    into: { type: 'string', value: '<dir>', description: 'the corpus folder to add the brief to (created when it does not exist)' },
    out: { type: 'string', value: '<dir>', description: 'the same as --into (the name of earlier versions)' },
    brief: { type: 'string', value: '<name>', description: "the brief's name in the corpus, brief:<name> (default: the file's name); re-importing a brief by its name updates it" },
    references: {
      type: 'string',
      value: '<file>',
      multiple: true,
      description: 'a reference file (.bib, .ris or CSL-JSON .json) whose entries fill the sources, linked by citation number or key (repeatable)',
    },
  },
  run(context) {
    const { into, out } = context.options;
    if (into !== undefined && out !== undefined) throw new UsageError('give --into or --out, not both (they are the same)');
    const corpus = into ?? out;
    if (typeof corpus !== 'string' || corpus === '') throw new UsageError('import needs --into <dir>: the corpus folder to add the brief to');
    const references = context.options.references;
    const result = importBrief(context.args[0]!, corpus, {
      references: Array.isArray(references) ? references : typeof references === 'string' ? [references] : [],
      ...(typeof context.options.brief === 'string' ? { name: context.options.brief } : {}),
    });
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
  const where = r.folder === '.' ? `${r.out}/` : `${r.out}/${r.folder}/`;
  if (r.outcome === 'created') lines.push(`created the corpus ${r.out}/ with ${r.briefId} in ${r.folder}/ (wrote ${r.written.join(', ')})`);
  else if (r.outcome === 'added') lines.push(`added ${r.briefId} to ${r.out}/ in ${r.folder}/ (wrote ${r.written.join(', ')}; no other brief touched)`);
  else if (r.outcome === 'merged') lines.push(`updated ${r.briefId} in ${where} (wrote ${r.written.join(', ')}; no curated file touched)`);
  else lines.push(`${where} already holds everything in ${r.briefId}: nothing written`);
  const { matched, created, proposed } = r.works;
  if (matched.length + created.length > 0) {
    lines.push(`works: ${matched.length} matched in the corpus, ${created.length} new${proposed.length ? `, ${proposed.length} of them possibly a work it holds` : ''}`);
    for (const m of matched) lines.push(`  = [${m.citation}] ${m.work} (same ${m.by === 'title-year-author' ? 'title, year and first author' : m.by.toUpperCase()})`);
    for (const c of created) lines.push(`  + [${c.citation}] ${c.work}`);
    for (const p of proposed) {
      for (const m of p.matches) lines.push(`  ? [${p.citation}] ${p.work} may be ${m.work} (${m.confidence}): ${m.reason}`);
    }
    if (proposed.length > 0) lines.push('  (left apart: merge them by hand, or list each in the other\'s notSameAs)');
  }
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
