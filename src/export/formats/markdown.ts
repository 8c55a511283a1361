// An evidence table in Markdown (pandoc / GitHub pipe table): one row per claim, citations as [@key] for pandoc-citeproc.
import { joinChunks, streamLines } from '../chunks.js';
import type { ExportFormat } from '../types.js';
import type { ClaimGraph } from '../../model/graph.js';
import { evidenceRows } from '../evidence-rows.js';

/** A table cell: line breaks become spaces; Markdown's inline specials and the pipe are backslash-escaped. */
export function markdownCell(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_{}[\]<>()#+!|~$@^&]/g, (c) => `\\${c}`);
}

/** The column of sources reached only through the curator's inferred links, apart from those on the brief's word. */
export const INFERRED_HEADER = "Only through the curator's links";

const cite = (keys: string[]) => (keys.length === 0 ? '—' : `[${keys.map((k) => `@${k}`).join('; ')}]`);

export const markdownFormat: ExportFormat = {
  id: 'markdown',
  title: 'Markdown evidence table',
  use: 'Markdown and pandoc documents (citations as [@key], with the bibtex or csl-json export as bibliography)',
  extension: 'md',
  mediaType: 'text/markdown',
  write: (graph) => joinChunks(streamLines(markdownLines(graph))),
  stream: (graph) => streamLines(markdownLines(graph)),
};

/** The markdown text line by line (each line written as it is made). */
function* markdownLines(graph: ClaimGraph): Generator<string> {
  yield* [`| Claim | Direct sources | Indirect sources | ${INFERRED_HEADER} | Obstacles |`, '|---|---|---|---|---|'];
  for (const row of evidenceRows(graph)) {
    const claim = `**${markdownCell(row.claim.label)}**${row.claim.role === 'answer' ? ' (answer)' : ''}: ${markdownCell(row.claim.text)}`;
    const obstacles = row.obstacles.length ? row.obstacles.map(markdownCell).join('; ') : '—';
    yield `| ${claim} | ${cite(row.direct)} | ${cite(row.indirect)} | ${cite(row.inferred)} | ${obstacles} |`;
  }
}
