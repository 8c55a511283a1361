// Citation keys for a graph's sources, shared by BibTeX, CSL-JSON and the evidence tables that cite them.
// Stable: the first author's family name (an organisation's last word) + year when both are known (smith2019), else
// `source` + the citation number (source7).
import type { ClaimGraph } from '../model/graph.js';
import { authorSortName, yearOf } from '../model/authors.js';
import type { SourceNode } from '../model/schema.js';

export function citationKeys(graph: ClaimGraph): Map<string, string> {
  const sources = graph
    .filterNodes((_id, node) => node.kind === 'source')
    .sort()
    .map((id) => graph.getNodeAttributes(id) as SourceNode);
  const keys = new Map<string, string>();
  const used = new Map<string, number>();
  for (const source of sources) {
    const base = baseKey(source);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    keys.set(source.id, n === 0 ? base : `${base}${String.fromCharCode(96 + Math.min(n, 26))}${n > 26 ? n : ''}`);
  }
  return keys;
}

function baseKey(source: SourceNode): string {
  const ascii = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const first = source.authors?.[0];
  const surname = first ? ascii('literal' in first ? (first.literal.split(/\s+/).pop() ?? '') : authorSortName(first)) : '';
  const year = yearOf(source.issued);
  if (surname && year !== undefined) return `${surname}${year}`;
  return `source${ascii(source.citation) || ascii(source.id)}`;
}
