// BibTeX entries for the graph's works (and unidentified sources), keyed as the evidence tables cite them; LaTeX specials escaped, URLs percent-encoded.
import { yearOf } from '../../model/authors.js';
import type { Author } from '../../model/schema.js';
import { bibliography } from '../bibliography.js';
import { REFERENCE_TYPES } from '../reference-types.js';
import type { WorkNode } from '../../model/schema.js';
import { latexEscape } from '../escape.js';
import type { ExportFormat } from '../types.js';

/** A URL as a BibTeX field can hold it verbatim: braces, backslashes, spaces and controls percent-encoded. */
function bibUrl(url: string): string {
  return url.replace(/[{}\\\s"]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/**
 * Text for a BibTeX field: LaTeX-escaped, and braces as \textbraceleft{} / \textbraceright{}, because BibTeX counts
 * every brace (escaped or not) when it looks for the end of a field.
 */
function bibText(text: string): string {
  return latexEscape(text).replace(/\\\{/g, '\\textbraceleft{}').replace(/\\\}/g, '\\textbraceright{}');
}

/**
 * One name of an `author` field: a person "Family, Given" (BibTeX's own order, so particles and suffixes stay put), an
 * organisation in braces so BibTeX takes it whole and never splits it at "and" or a comma.
 */
function bibName(author: Author): string {
  if ('literal' in author) return `{${bibText(author.literal)}}`;
  // A part holding a comma or the word "and" would be split by BibTeX: braces keep it one part. A family name of several
  // words is braced too, or BibTeX would read its lower-case words as particles ("von") and keep only the rest.
  const part = (text: string, words = false) => ((words && /\s/.test(text.trim())) || /,|\band\b/i.test(text) ? `{${bibText(text)}}` : bibText(text));
  return author.given ? `${part(author.family, true)}, ${part(author.given)}` : part(author.family, true);
}

export const bibtexFormat: ExportFormat = {
  id: 'bibtex',
  title: 'BibTeX',
  use: 'LaTeX (\\cite{key}), Zotero, JabRef, pandoc',
  extension: 'bib',
  mediaType: 'application/x-bibtex',
  write(graph) {
    const entries = bibliography(graph).map(({ key, node, type: csl, title, genre, note }) => {
      const source: Partial<WorkNode> = node.kind === 'work' ? node : {};
      // An entry without a title of its own is a @misc that says what it is in `howpublished`, which styles print plainly
      // (pandoc reads it as CSL's publisher; biblatex's `type` would do, but pandoc keeps its LaTeX escapes raw). Its
      // container, if any, joins that notice.
      const untitled = title === undefined;
      const type = untitled ? REFERENCE_TYPES.document : REFERENCE_TYPES[csl];
      const notice = untitled && source.container && !(genre ?? '').includes(source.container) ? `${genre ?? ''} (${source.container})` : (genre ?? '');
      const fields: [string, string][] = untitled ? [['howpublished', bibText(notice)]] : [['title', `{${bibText(title)}}`]];
      // "and others" is BibTeX's "et al.": a truncated list says more authors exist than are listed.
      if (source.authors) fields.push(['author', [...source.authors.map(bibName), ...(source.authorsTruncated ? ['others'] : [])].join(' and ')]);
      if (source.container && !untitled) fields.push([type.container, bibText(source.container)]);
      if (source.volume) fields.push(['volume', bibText(source.volume)]);
      if (source.issue) fields.push(['number', bibText(source.issue)]);
      if (source.pages) fields.push(['pages', bibText(source.pages)]);
      const year = yearOf(source.issued);
      if (year !== undefined) fields.push(['year', String(year)]);
      const month = source.issued?.split('-')[1];
      if (month) fields.push(['month', String(Number(month))]);
      if (source.publisher) fields.push([type.bibtex === 'techreport' ? 'institution' : 'publisher', bibText(source.publisher)]);
      if (source.url) fields.push(['url', bibUrl(source.url)]);
      if (source.doi) fields.push(['doi', bibUrl(source.doi)]);
      fields.push(['note', bibText(note)]);
      return `@${type.bibtex}{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
    });
    return entries.join('\n\n') + (entries.length ? '\n' : '');
  },
};
