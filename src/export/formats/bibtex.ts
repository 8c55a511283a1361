// BibTeX entries for the graph's sources, keyed as the evidence tables cite them; LaTeX specials escaped, URLs percent-encoded.
import { bibliography } from '../bibliography.js';
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

export const bibtexFormat: ExportFormat = {
  id: 'bibtex',
  title: 'BibTeX',
  use: 'LaTeX (\\cite{key}), Zotero, JabRef, pandoc',
  extension: 'bib',
  mediaType: 'application/x-bibtex',
  write(graph) {
    const entries = bibliography(graph).map(({ key, source, title, note }) => {
      const fields: [string, string][] = [['title', `{${bibText(title)}}`]];
      if (source.author) fields.push(['author', `{${bibText(source.author)}}`]);
      if (source.year !== undefined) fields.push(['year', String(source.year)]);
      if (source.publisher) fields.push(['publisher', bibText(source.publisher)]);
      if (source.url) fields.push(['url', bibUrl(source.url)]);
      if (source.doi) fields.push(['doi', bibUrl(source.doi)]);
      fields.push(['note', bibText(note)]);
      return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
    });
    return entries.join('\n\n') + (entries.length ? '\n' : '');
  },
};
