// The viewer's download menu: the current view as a PNG (2x) and an SVG figure, then every format of the export
// registry (src/export), each applied to the visible graph, so the menu, `claimgraph export` and its --help list the same formats.
import { EXPORT_FORMATS } from '../../src/export/registry.js';
import type { ClaimGraph } from '../../src/model/graph.js';
import { viewFigurePng, viewFigureSvg, type ViewFigure } from './view-figure.js';

export interface DownloadContext {
  /** The visible part of the graph. */
  visible: ClaimGraph;
  /** The current view as a figure (scene, title, subtitle). */
  figure(): ViewFigure;
  /** A file-name stem, e.g. the dataset's title as a slug. */
  stem: string;
}

export interface DownloadFormat {
  id: string;
  label: string;
  /** The files to save: one for most formats, several for csv. */
  make(context: DownloadContext): Promise<{ name: string; blob: Blob }[]>;
}

export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
  { id: 'png', label: 'PNG image of this view (2×)', make: async ({ figure, stem }) => [{ name: `${stem}-view.png`, blob: await viewFigurePng(figure(), Math.max(2, window.devicePixelRatio || 1)) }] },
  { id: 'view-svg', label: 'SVG figure of this view', make: async ({ figure, stem }) => [{ name: `${stem}-view.svg`, blob: new Blob([viewFigureSvg(figure())], { type: 'image/svg+xml;charset=utf-8' }) }] },
  ...EXPORT_FORMATS.map(
    (format): DownloadFormat => ({
      id: format.id,
      label: format.title,
      make: async ({ visible, stem }) => {
        const output = format.write(visible);
        const files = typeof output === 'string' ? [{ name: `${stem}.${format.extension}`, content: output }] : output.map((f) => ({ name: `${stem}-${f.name}`, content: f.content }));
        return files.map((f) => ({ name: f.name, blob: new Blob([f.content], { type: `${format.mediaType};charset=utf-8` }) }));
      },
    }),
  ),
];

export async function download(format: DownloadFormat, context: DownloadContext): Promise<void> {
  for (const { name, blob } of await format.make(context)) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 60) || 'claimgraph'
  );
}
