// The one table of reference types: each CSL item type with its BibTeX entry type and the BibTeX field that holds its
// container; and the CSL type a source or work gets from its type when it has no `cslType`.
import type { SourceNode, WorkNode } from '../model/schema.js';

export type CslType = NonNullable<WorkNode['cslType']>;

/** CSL type -> BibTeX (biblatex, as pandoc and biber read it) entry type, and the field its container goes in. */
export const REFERENCE_TYPES: Record<CslType, { bibtex: string; container: string }> = {
  'article-journal': { bibtex: 'article', container: 'journal' },
  'article-magazine': { bibtex: 'article', container: 'journal' },
  'article-newspaper': { bibtex: 'article', container: 'journal' },
  book: { bibtex: 'book', container: 'series' },
  chapter: { bibtex: 'incollection', container: 'booktitle' },
  report: { bibtex: 'techreport', container: 'series' },
  webpage: { bibtex: 'online', container: 'organization' },
  'post-weblog': { bibtex: 'online', container: 'organization' },
  legal_case: { bibtex: 'misc', container: 'howpublished' },
  legislation: { bibtex: 'misc', container: 'howpublished' },
  dataset: { bibtex: 'misc', container: 'howpublished' },
  document: { bibtex: 'misc', container: 'howpublished' },
};

/** For a source with no `cslType` (nothing identified): the CSL type of what the brief says it is. */
const CSL_TYPE_OF_SOURCE_TYPE: Record<SourceNode['type'], CslType> = {
  'academic-study': 'article-journal',
  'government-report': 'report',
  statute: 'legislation',
  'practitioner-guidance': 'report',
  'sentencing-data': 'dataset',
  'press-release': 'document',
  news: 'article-newspaper',
  other: 'document',
  unspecified: 'document',
};

/** The CSL type of a work (its own `cslType`, else its type's) or of a source (what the brief says it is). */
export function cslTypeOf(node: SourceNode | WorkNode): CslType {
  if (node.kind === 'work') return node.cslType ?? CSL_TYPE_OF_SOURCE_TYPE[node.type ?? 'unspecified'];
  return CSL_TYPE_OF_SOURCE_TYPE[node.type];
}
