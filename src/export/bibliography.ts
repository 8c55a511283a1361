// The bibliography of a graph, in citation order: its sources with their citation keys and the fields both BibTeX and CSL-JSON write.
import type { ClaimGraph } from '../model/graph.js';
import type { SourceNode } from '../model/schema.js';
import { compareCitations } from '../query/node-ref.js';
import { citationKeys } from './citation-keys.js';

export interface BibEntry {
  key: string;
  source: SourceNode;
  title: string;
  /** What a reader must know about the entry: a source known only from the brief says so; one the curator added too. */
  note: string;
}

export function bibliography(graph: ClaimGraph): BibEntry[] {
  const keys = citationKeys(graph);
  return [...keys]
    .map(([id, key]) => {
      const source = graph.getNodeAttributes(id) as SourceNode;
      // A source nobody has identified has no title of its own: the entry says what it is, the note what the brief says.
      // One the curator added without a title is named as the curator's notes name it (its label).
      const title = source.title ?? (source.origin === 'curator' ? source.label : `Source [${source.citation}] of the brief, not identified`);
      const known =
        source.origin === 'curator'
          ? `Added by the curator (not cited by the brief): ${source.evidence ?? ''}`.trim()
          : source.identification === 'stated'
          ? `Known only from the brief, which cites it as [${source.citation}]; not identified further.`
          : source.identification === 'candidate'
            ? `Candidate identification of the brief's [${source.citation}]: ${source.evidence ?? ''}`.trim()
            : `Verified identification of the brief's [${source.citation}].`;
      return { key, source, title, note: source.description ? `${known} ${source.description}` : known };
    })
    .sort((a, b) => compareCitations(a.source, b.source));
}
