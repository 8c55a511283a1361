// The figures table in Markdown: each published figure at its pipeline stage, with population, status and [@key] citations.
import { figureRows } from '../figure-rows.js';
import type { ExportFormat } from '../types.js';
import { markdownCell } from './markdown.js';

export const figuresMarkdownFormat: ExportFormat = {
  id: 'figures-markdown',
  title: 'Markdown figures table',
  use: 'Markdown and pandoc documents: the published figures by stage (citations as [@key], with the bibtex or csl-json export)',
  extension: 'md',
  mediaType: 'text/markdown',
  write(graph) {
    const lines = ['| Stage | Figure | Population | Scope | Status | Source |', '|---|---|---|---|---|---|'];
    for (const row of figureRows(graph)) {
      const scope = markdownCell(row.scope) + (row.caveat ? ` *Caveat:* ${markdownCell(row.caveat)}` : '');
      const cite = row.cite.length ? `[${row.cite.map((k) => `@${k}`).join('; ')}]` : '—';
      lines.push(`| ${markdownCell(row.stage)} | ${markdownCell(row.figure)} | ${markdownCell(row.population)} | ${scope} | ${row.status} | ${cite} |`);
    }
    return lines.join('\n') + '\n';
  },
};
