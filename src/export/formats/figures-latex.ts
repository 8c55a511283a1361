// The figures table in LaTeX (longtable + booktabs): each published figure at its stage, with population, status and \cite{key}.
import { latexEscape } from '../escape.js';
import { figureRows } from '../figure-rows.js';
import type { ExportFormat } from '../types.js';

export const figuresLatexFormat: ExportFormat = {
  id: 'figures-latex',
  title: 'LaTeX figures table',
  use: 'LaTeX papers: the published figures by stage (needs \\usepackage{longtable,booktabs}; citations resolve against the bibtex export)',
  extension: 'tex',
  mediaType: 'application/x-tex',
  write(graph) {
    const lines = [
      '% Figures table exported by claimgraph. Needs \\usepackage{longtable,booktabs}.',
      '\\begin{longtable}{p{0.12\\linewidth}p{0.26\\linewidth}p{0.22\\linewidth}p{0.2\\linewidth}p{0.07\\linewidth}p{0.07\\linewidth}}',
      '\\toprule',
      'Stage & Figure & Population & Scope & Status & Source \\\\',
      '\\midrule',
      '\\endhead',
    ];
    for (const row of figureRows(graph)) {
      const scope = latexEscape(row.scope) + (row.caveat ? ` \\emph{Caveat:} ${latexEscape(row.caveat)}` : '');
      const cite = row.cite.length ? `\\cite{${row.cite.join(',')}}` : '--';
      lines.push(`${latexEscape(row.stage)} & ${latexEscape(row.figure)} & ${latexEscape(row.population)} & ${scope} & ${row.status} & ${cite} \\\\`);
    }
    lines.push('\\bottomrule', '\\end{longtable}');
    return lines.join('\n') + '\n';
  },
};
