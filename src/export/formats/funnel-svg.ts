// The funnel chart as a static SVG: stages in pipeline order, counts on a log scale, each step marked divisible or not.
import { xmlEscape } from '../escape.js';
import { STEP_MARK, funnelLayout } from '../funnel-geometry.js';
import type { ExportFormat } from '../types.js';

const n = (v: number) => (Math.round(v * 10) / 10).toString();

export const funnelSvgFormat: ExportFormat = {
  id: 'funnel-svg',
  title: 'Funnel chart (SVG)',
  use: 'papers and slides: the figures at each pipeline stage on a log scale, and which steps divide into a rate',
  extension: 'svg',
  mediaType: 'image/svg+xml',
  write(graph) {
    const l = funnelLayout(graph);
    const { x0, x1, top, bottom } = l.plot;
    const out = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" font-family="Helvetica, Arial, sans-serif" font-size="10">`,
      `<title>${xmlEscape(`${l.title}: figures along the pipeline`)}</title>`,
      `<rect width="${l.width}" height="${l.height}" fill="#ffffff"/>`,
      `<text x="${x0}" y="${top - 22}" font-size="11" fill="${l.colors.text}">count (log scale)</text>`,
      '<g class="axis">',
      ...l.ticks.map((t) => `<line x1="${n(t.x)}" y1="${top}" x2="${n(t.x)}" y2="${bottom}" stroke="${l.colors.grid}"/><text x="${n(t.x)}" y="${top - 6}" text-anchor="middle" fill="${l.colors.text}">${xmlEscape(t.label)}</text>`),
      '</g>',
      '<g class="stages">',
      ...l.stages.map(
        (s) =>
          `<g class="stage" data-id="${xmlEscape(s.id)}"><rect x="${12}" y="${n(s.y)}" width="${n(x1 - 12)}" height="${n(s.height)}" fill="${l.colors.stage}" fill-opacity="0.12" stroke="${l.colors.stage}"/><text x="${16}" y="${n(s.y + 13)}" font-weight="bold" fill="${l.colors.text}">${xmlEscape(s.label)}</text></g>`,
      ),
      '</g>',
      '<g class="figures">',
      ...l.bars.map((b) => {
        const bar =
          b.width > 0
            ? `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="${b.secondary ? '#ffffff' : l.colors.figure}" stroke="${l.colors.figure}"${b.secondary ? ' stroke-dasharray="3 2"' : ''}/>`
            : '';
        return `<g class="figure" data-id="${xmlEscape(b.figure.id)}">${bar}<text x="${n(b.textX)}" y="${n(b.textY)}" fill="${l.colors.text}">${xmlEscape(b.text)}</text></g>`;
      }),
      '</g>',
      '<g class="steps">',
      ...l.steps.map(
        (s) =>
          `<text class="step ${s.state}" data-from="${xmlEscape(s.from)}" data-to="${xmlEscape(s.to)}" x="${x0}" y="${n(s.y)}" fill="${l.colors[s.state]}">${STEP_MARK[s.state]} ${xmlEscape(s.text)}</text>`,
      ),
      '</g>',
      '</svg>',
    ];
    return out.join('\n') + '\n';
  },
};
