// CSL-JSON items for the graph's sources (Zotero, pandoc --citeproc), with the same keys the evidence tables cite.
import type { SourceNode } from '../../model/schema.js';
import { bibliography } from '../bibliography.js';
import { wellFormedJson } from '../escape.js';
import type { ExportFormat } from '../types.js';

const CSL_TYPE: Record<SourceNode['type'], string> = {
  'academic-study': 'article',
  'government-report': 'report',
  statute: 'legislation',
  'practitioner-guidance': 'report',
  'sentencing-data': 'dataset',
  'press-release': 'article',
  news: 'article-newspaper',
  other: 'document',
};

export const cslJsonFormat: ExportFormat = {
  id: 'csl-json',
  title: 'CSL-JSON',
  use: 'Zotero, pandoc --citeproc, any CSL processor',
  extension: 'csl.json',
  mediaType: 'application/vnd.citationstyles.csl+json',
  write(graph) {
    const items = bibliography(graph).map(({ key, source, title, note }) => ({
      id: key,
      type: CSL_TYPE[source.type],
      title,
      ...(source.author ? { author: [{ literal: source.author }] } : {}),
      ...(source.year !== undefined ? { issued: { 'date-parts': [[source.year]] } } : {}),
      ...(source.publisher ? { publisher: source.publisher } : {}),
      ...(source.url ? { URL: source.url } : {}),
      ...(source.doi ? { DOI: source.doi } : {}),
      'citation-label': `[${source.citation}]`,
      note,
    }));
    return JSON.stringify(items, wellFormedJson, 2) + '\n';
  },
};
