// The viewer's download menu: one table of formats, each turning the visible graph into a file.
import type { ClaimGraph } from '../../src/model/graph.js';
import { toDatasetFile } from '../../src/model/serialize.js';
import type { GraphView } from '../graph/graph-view.js';

export interface DownloadContext {
  /** The visible part of the graph. */
  visible: ClaimGraph;
  view: GraphView;
  /** A file-name stem, e.g. the dataset's title as a slug. */
  stem: string;
}

export interface DownloadFormat {
  id: string;
  label: string;
  extension: string;
  make(context: DownloadContext): Promise<Blob>;
}

export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
  { id: 'png', label: 'PNG image', extension: 'png', make: ({ view }) => view.toPng() },
  {
    id: 'json',
    label: 'JSON dataset (visible graph)',
    extension: 'json',
    make: async ({ visible }) => new Blob([JSON.stringify(toDatasetFile(visible), null, 2) + '\n'], { type: 'application/json' }),
  },
];

export async function download(format: DownloadFormat, context: DownloadContext): Promise<void> {
  const blob = await format.make(context);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${context.stem}.${format.extension}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
