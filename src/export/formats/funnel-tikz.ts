// The funnel chart as a TikZ picture for LaTeX papers, from the same layout as the SVG (one pixel = 0.02 cm).
import { latexEscape } from '../escape.js';
import { funnelLayout } from '../funnel-geometry.js';
import type { ExportFormat } from '../types.js';

/** The step marks in plain LaTeX (no package beyond tikz). */
const TIKZ_MARK = { divisible: '$\\surd$', refused: '$\\times$', empty: '--' } as const;
const num = (v: number) => (Math.round(v * 10) / 10).toFixed(1);
const hex = (color: string) => color.slice(1).toUpperCase();
/** Text for a node's content: LaTeX-escaped, and square brackets braced so they cannot end an option list. */
const tex = (text: string) => latexEscape(text).replace(/[[\]]/g, (c) => `{${c}}`);

export const funnelTikzFormat: ExportFormat = {
  id: 'funnel-tikz',
  title: 'Funnel chart (TikZ)',
  use: 'LaTeX papers: \\input it inside a figure (needs \\usepackage{tikz}); the same chart as funnel-svg',
  extension: 'tikz.tex',
  mediaType: 'application/x-tex',
  write(graph) {
    const l = funnelLayout(graph);
    const { x0, x1, top, bottom } = l.plot;
    const lines = [
      `% ${latexEscape(l.title)}: figures along the pipeline, exported by claimgraph. Needs \\usepackage{tikz}.`,
      `\\definecolor{cgstage}{HTML}{${hex(l.colors.stage)}}`,
      `\\definecolor{cgfigure}{HTML}{${hex(l.colors.figure)}}`,
      `\\definecolor{cgdivisible}{HTML}{${hex(l.colors.divisible)}}`,
      `\\definecolor{cgrefused}{HTML}{${hex(l.colors.refused)}}`,
      `\\definecolor{cgempty}{HTML}{${hex(l.colors.empty)}}`,
      `\\definecolor{cggrid}{HTML}{${hex(l.colors.grid)}}`,
      '\\begin{tikzpicture}[x=0.02cm, y=-0.02cm, every node/.style={font=\\tiny, inner sep=1pt}]',
      `\\node[anchor=south west] at (${num(x0)},${num(top - 16)}) {count (log scale)};`,
    ];
    for (const t of l.ticks) {
      lines.push(`\\draw[cggrid] (${num(t.x)},${num(top)}) -- (${num(t.x)},${num(bottom)});`, `\\node[anchor=south] at (${num(t.x)},${num(top)}) {${tex(t.label)}};`);
    }
    for (const s of l.stages) {
      lines.push(
        `\\draw[cgstage, fill=cgstage, fill opacity=0.12] (12,${num(s.y)}) rectangle (${num(x1)},${num(s.y + s.height)});`,
        `\\node[anchor=north west, font=\\tiny\\bfseries] at (14,${num(s.y + 1)}) {${tex(s.label)}};`,
      );
    }
    for (const b of l.bars) {
      if (b.width > 0) {
        const style = b.secondary ? 'draw=cgfigure, dashed, fill=white' : 'draw=cgfigure, fill=cgfigure';
        lines.push(`\\draw[${style}] (${num(b.x)},${num(b.y)}) rectangle (${num(b.x + b.width)},${num(b.y + b.height)});`);
      }
      lines.push(`\\node[anchor=base west] at (${num(b.textX)},${num(b.textY)}) {${tex(b.text)}};`);
    }
    for (const s of l.steps) {
      lines.push(`\\node[anchor=base west, text=cg${s.state}] at (${num(x0)},${num(s.y)}) {${TIKZ_MARK[s.state]} ${tex(s.text)}};`);
    }
    lines.push('\\end{tikzpicture}');
    return lines.join('\n') + '\n';
  },
};
