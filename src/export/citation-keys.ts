// Citation keys, shared by BibTeX, CSL-JSON and the tables that cite them: one key per work (however many briefs'
// markers point to it), and one per source that points to no work in the graph. Stable: a work's first author's
// family name (an organisation's last word) + year when both are known (smith2019), else its id's name; a source
// `source` + its marker (source7), under its brief's namespace when its id has one (burglary-source3).
import { authorSortName, yearOf } from '../model/authors.js';
import type { ClaimGraph } from '../model/graph.js';
import type { SourceNode, WorkNode } from '../model/schema.js';

export interface CitationKeys {
  /** The key of each work, and of each source that refers to no work in the graph. */
  byNode: Map<string, string>;
  /** The key a source is cited by: its work's when it refers to one in the graph, else its own. */
  ofSource(id: string): string;
  /** The key of a work or a source that reports a figure. */
  of(id: string): string;
}

const ascii = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** The work a source refers to, if that work is in the graph. */
export function workOfSource(graph: ClaimGraph, source: string): string | undefined {
  let work: string | undefined;
  graph.forEachOutEdge(source, (_key, edge, _from, to) => {
    if (edge.kind === 'refers-to') work = to;
  });
  return work;
}

export function citationKeys(graph: ClaimGraph): CitationKeys {
  const entries: { id: string; base: string }[] = [];
  const sourceWork = new Map<string, string>();
  graph.forEachNode((id, node) => {
    if (node.kind === 'work') entries.push({ id, base: workKey(node) });
    else if (node.kind === 'source') {
      const work = workOfSource(graph, id);
      if (work === undefined) entries.push({ id, base: sourceKey(node) });
      else sourceWork.set(id, work);
    }
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byNode = new Map<string, string>();
  const used = new Map<string, number>();
  for (const { id, base } of entries) {
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    byNode.set(id, n === 0 ? base : `${base}${String.fromCharCode(96 + Math.min(n, 26))}${n > 26 ? n : ''}`);
  }
  const of = (id: string) => byNode.get(sourceWork.get(id) ?? id)!;
  return { byNode, ofSource: of, of };
}

function workKey(work: WorkNode): string {
  const first = work.authors?.[0];
  const surname = first ? ascii('literal' in first ? (first.literal.split(/\s+/).pop() ?? '') : authorSortName(first)) : '';
  const year = yearOf(work.issued);
  if (surname && year !== undefined) return `${surname}${year}`;
  return ascii(work.id.slice('work:'.length)) || 'work';
}

function sourceKey(source: SourceNode): string {
  const slug = source.id.slice('source:'.length);
  const slash = slug.lastIndexOf('/');
  const namespace = slash < 0 ? '' : ascii(slug.slice(0, slash));
  const own = `source${ascii(source.citation) || ascii(slug.slice(slash + 1))}`;
  return namespace ? `${namespace}-${own}` : own;
}
