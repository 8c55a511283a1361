// The one table of export formats: `claimgraph export --format`, its `--help`, the viewer's download menu and the formats table of docs/exports.md (a test compares) read it.
import { bibtexFormat } from './formats/bibtex.js';
import { cslJsonFormat } from './formats/csl-json.js';
import { csvFormat } from './formats/csv.js';
import { cypherFormat } from './formats/cypher.js';
import { dotFormat } from './formats/dot.js';
import { figuresLatexFormat } from './formats/figures-latex.js';
import { figuresMarkdownFormat } from './formats/figures-markdown.js';
import { funnelSvgFormat } from './formats/funnel-svg.js';
import { funnelTikzFormat } from './formats/funnel-tikz.js';
import { gexfFormat } from './formats/gexf.js';
import { graphmlFormat } from './formats/graphml.js';
import { jsonFormat } from './formats/json.js';
import { jsonldFormat } from './formats/jsonld.js';
import { latexFormat } from './formats/latex.js';
import { markdownFormat } from './formats/markdown.js';
import { mermaidFormat } from './formats/mermaid.js';
import { svgFormat } from './formats/svg.js';
import { tikzFormat } from './formats/tikz.js';
import { turtleFormat } from './formats/turtle.js';
import type { ExportFormat } from './types.js';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  jsonFormat,
  graphmlFormat,
  gexfFormat,
  dotFormat,
  mermaidFormat,
  tikzFormat,
  svgFormat,
  bibtexFormat,
  cslJsonFormat,
  markdownFormat,
  latexFormat,
  figuresMarkdownFormat,
  figuresLatexFormat,
  funnelSvgFormat,
  funnelTikzFormat,
  jsonldFormat,
  turtleFormat,
  cypherFormat,
  csvFormat,
];

export function exportFormat(id: string): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`claimgraph/export: unknown format "${id}" (known: ${EXPORT_FORMATS.map((f) => f.id).join(', ')})`);
  return format;
}
