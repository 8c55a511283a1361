// CSL-JSON items for the graph's works (and unidentified sources) (Zotero, pandoc --citeproc), with the same keys the evidence tables cite.
import { dateParts } from '../../model/authors.js';
import { bibliography } from '../bibliography.js';
import type { WorkNode } from '../../model/schema.js';
import { wellFormedJson } from '../escape.js';
import type { ExportFormat } from '../types.js';

/**
 * CSL-JSON has no field for a truncated author list. The list ends in the name `{ "literal": "others" }`, as pandoc
 * writes BibTeX's "and others" in CSL-JSON and as its citeproc renders "et al."; the note says it in words for a
 * processor that would print "others" as a name.
 */
const OTHERS = { literal: 'others' } as const;
const TRUNCATED_NOTE = 'The author list is truncated (et al. in the reference): more authors exist than are listed.';

export const cslJsonFormat: ExportFormat = {
  id: 'csl-json',
  title: 'CSL-JSON',
  use: 'Zotero, pandoc --citeproc, any CSL processor',
  extension: 'csl.json',
  mediaType: 'application/vnd.citationstyles.csl+json',
  write(graph) {
    const items = bibliography(graph).map(({ key, node, type, title, genre, citedAs, note }) => {
      const source: Partial<WorkNode> = node.kind === 'work' ? node : {};
      return {
      id: key,
      type,
      // No title of its own: what it is goes in genre, which styles print plainly (a title would be quoted, title-cased).
      ...(title !== undefined ? { title } : { genre }),
      // Persons as { family, given }, organisations as { literal }: CSL-JSON's own name objects.
      ...(source.authors ? { author: [...source.authors.map((a) => ({ ...a })), ...(source.authorsTruncated ? [{ ...OTHERS }] : [])] } : {}),
      ...(source.container ? { 'container-title': source.container } : {}),
      ...(source.volume ? { volume: source.volume } : {}),
      ...(source.issue ? { issue: source.issue } : {}),
      ...(source.pages ? { page: source.pages } : {}),
      ...(source.issued ? { issued: { 'date-parts': dateParts(source.issued) } } : {}),
      ...(source.publisher ? { publisher: source.publisher } : {}),
      ...(source.url ? { URL: source.url } : {}),
      ...(source.doi ? { DOI: source.doi } : {}),
      ...(citedAs.length > 0 ? { 'citation-label': citedAs.map((c) => `[${c.citation}]`).join(' ') } : {}),
      note: source.authors && source.authorsTruncated ? `${TRUNCATED_NOTE} ${note}` : note,
    };
    });
    return JSON.stringify(items, wellFormedJson, 2) + '\n';
  },
};
