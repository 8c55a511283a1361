// CSL-JSON items for the graph's sources (Zotero, pandoc --citeproc), with the same keys the evidence tables cite.
import { dateParts } from '../../model/authors.js';
import { bibliography } from '../bibliography.js';
import { cslTypeOf } from '../reference-types.js';
import { wellFormedJson } from '../escape.js';
import type { ExportFormat } from '../types.js';

export const cslJsonFormat: ExportFormat = {
  id: 'csl-json',
  title: 'CSL-JSON',
  use: 'Zotero, pandoc --citeproc, any CSL processor',
  extension: 'csl.json',
  mediaType: 'application/vnd.citationstyles.csl+json',
  write(graph) {
    const items = bibliography(graph).map(({ key, source, title, note }) => ({
      id: key,
      type: cslTypeOf(source),
      title,
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
      'citation-label': `[${source.citation}]`,
      note,
    }));
    return JSON.stringify(items, wellFormedJson, 2) + '\n';
  },
};
