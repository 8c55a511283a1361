// Which work each source of an imported brief points to: a work the corpus already holds, when a strong key says it is
// the same document (DOI, then URL, then title + year + first author); else a new work, with the works it may be
// (weaker likeness) proposed for a curator, never merged. Pure: the corpus's works in, what to add out.
import { basename } from 'node:path';
import { WorkIndex, type ProposedMatch, type StrongKey } from '../corpus/work-identity.js';
import { authorSortName, yearOf } from '../model/authors.js';
import type { GraphEdge, SourceNode, WorkNode } from '../model/schema.js';
import type { DraftReference } from './draft-dataset.js';
import { IdAllocator, slugOf } from './ids.js';

export interface WorkReport {
  /** Sources pointed to a work the corpus already held, and by which key. */
  matched: { source: string; citation: string; work: string; by: StrongKey }[];
  /** New works that may be a work the corpus holds: left apart, for a curator. */
  proposed: { source: string; citation: string; work: string; matches: ProposedMatch[] }[];
  /** New works, one per document not yet in the corpus. */
  created: { source: string; citation: string; work: string }[];
}

export interface WorkLinks {
  works: WorkNode[];
  /** One refers-to edge per source with a reference. */
  edges: GraphEdge[];
  /** Per source id: it is a candidate now, and why. */
  identified: Map<string, Pick<SourceNode, 'identification' | 'evidence'>>;
  report: WorkReport;
}

export function linkWorks(references: readonly DraftReference[], index: WorkIndex, taken: Iterable<string>, briefId: string, briefPath: string): WorkLinks {
  const ids = new IdAllocator(taken);
  const out: WorkLinks = { works: [], edges: [], identified: new Map(), report: { matched: [], proposed: [], created: [] } };
  for (const ref of references) {
    const record = ref.fields;
    const where =
      ref.from.kind === 'list'
        ? `The reference list of ${basename(briefPath)}, line ${ref.from.line}${ref.from.style ? ` (read as ${ref.from.style})` : ''}: “${ref.from.text}”`
        : `Entry “${ref.from.key}” of ${ref.from.file}, linked to [${ref.citation}] by its ${ref.from.linkedBy === 'key' ? 'key' : ref.from.linkedBy.replace('-', ' ')}${ref.from.line ? `; the brief's reference list, line ${ref.from.line.line}: “${ref.from.line.text}”` : ''}`;
    const same = index.same(record);
    let work: string;
    let evidence: string;
    if (same) {
      work = same.work;
      evidence = `${where}. The corpus already holds this document as ${work} (the same ${same.by === 'title-year-author' ? 'title, year and first author' : same.by.toUpperCase()}).`;
      out.report.matched.push({ source: ref.source, citation: ref.citation, work, by: same.by });
    } else {
      const matches = index.proposals(record);
      work = ids.next('work', workSlug(ref));
      const node: WorkNode = { kind: 'work', id: work, label: ref.label, ...record, provenance: `${where} (imported with ${briefId}).` };
      out.works.push(node);
      index.add(work, node);
      evidence = `${where}.`;
      out.report.created.push({ source: ref.source, citation: ref.citation, work });
      if (matches.length > 0) out.report.proposed.push({ source: ref.source, citation: ref.citation, work, matches });
    }
    out.identified.set(ref.source, { identification: 'candidate', evidence });
    // A reference line of the brief states the link (quoted); a reference file is the researcher's record (inferred).
    out.edges.push(
      ref.from.kind === 'list'
        ? { kind: 'refers-to', from: ref.source, to: work, basis: 'quoted', quote: ref.from.text }
        : { kind: 'refers-to', from: ref.source, to: work, basis: 'inferred', note: `${where}.` },
    );
  }
  return out;
}

/** A work's id name: the first author's family name and year (peccia-2020), else the title's first words. */
function workSlug(ref: DraftReference): string {
  const first = ref.fields.authors?.[0];
  const name = first ? ('literal' in first ? first.literal : authorSortName(first)).normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase() : '';
  const year = yearOf(ref.fields.issued);
  if (name && year !== undefined) return `${name}-${year}`;
  return slugOf(ref.fields.title ?? ref.label, 5);
}
