// An evidence table in LaTeX (longtable + booktabs): one row per claim, citations as \cite{key} for BibTeX/biblatex.
import { latexEscape } from '../escape.js';
import type { ClaimGraph } from '../../model/graph.js';
import { evidenceRows } from '../evidence-rows.js';
import { joinChunks, streamLines } from '../chunks.js';
import type { ExportFormat } from '../types.js';
import { INFERRED_HEADER } from './markdown.js';

const cite = (keys: string[]) => (keys.length === 0 ? '--' : `\\cite{${keys.join(',')}}`);

export const latexFormat: ExportFormat = {
  id: 'latex',
  title: 'LaTeX evidence table',
  use: 'LaTeX papers (needs \\usepackage{longtable,booktabs}; citations resolve against the bibtex export)',
  extension: 'tex',
  mediaType: 'application/x-tex',
  write: (graph) => joinChunks(streamLines(latexLines(graph))),
  stream: (graph) => streamLines(latexLines(graph)),
};

/** The latex text line by line (each line written as it is made). */
function* latexLines(graph: ClaimGraph): Generator<string> {
  yield* [
    '% Evidence table exported by claimgraph. Needs \\usepackage{longtable,booktabs}.',
    '\\begin{longtable}{p{0.36\\linewidth}p{0.12\\linewidth}p{0.12\\linewidth}p{0.12\\linewidth}p{0.18\\linewidth}}',
    '\\toprule',
    `Claim & Direct sources & Indirect sources & ${latexEscape(INFERRED_HEADER)} & Obstacles \\\\`,
    '\\midrule',
    '\\endhead',
  ];
  for (const row of evidenceRows(graph)) {
    const claim = `\\textbf{${latexEscape(row.claim.label)}}${row.claim.role === 'answer' ? ' (answer)' : ''}: ${latexEscape(row.claim.text)}`;
    const obstacles = row.obstacles.length ? row.obstacles.map(latexEscape).join('; ') : '--';
    yield `${claim} & ${cite(row.direct)} & ${cite(row.indirect)} & ${cite(row.inferred)} & ${obstacles} \\\\`;
  }
  yield* ['\\bottomrule', '\\end{longtable}'];
}
