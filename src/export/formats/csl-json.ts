// CSL-JSON items for the graph's works (and unidentified sources) (Zotero, pandoc --citeproc), with the same keys the evidence tables cite.
import { dateParts } from '../../model/authors.js';
import { bibliography } from '../bibliography.js';
import type { WorkNode } from '../../model/schema.js';
import { wellFormedJson } from '../escape.js';
import type { ExportFormat } from '../types.js';

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
      ...(source.authors ? { author: source.authors.map((a) => ({ ...a })) } : {}),
      ...(source.container ? { 'container-title': source.container } : {}),
      ...(source.volume ? { volume: source.volume } : {}),
      ...(source.issue ? { issue: source.issue } : {}),
      ...(source.pages ? { page: source.pages } : {}),
      ...(source.issued ? { issued: { 'date-parts': dateParts(source.issued) } } : {}),
      ...(source.publisher ? { publisher: source.publisher } : {}),
      ...(source.url ? { URL: source.url } : {}),
      ...(source.doi ? { DOI: source.doi } : {}),
      ...(citedAs.length > 0 ? { 'citation-label': citedAs.map((c) => `[${c.citation}]`).join(' ') } : {}),
      note: source.authorsTruncated ? `${note} The authors list ends in “et al.”: more authors than are listed.` : note,
    };
    });
    return JSON.stringify(items, wellFormedJson, 2) + '\n';
  },
};
