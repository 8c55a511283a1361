// Figure 6: every export of a whole dataset written to a file (streamed where the format streams), each in a fresh
// process: the export's time and the process's peak RSS, against the RSS the loaded graph alone takes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../src/export/registry.js';
import { packageRoot } from '../src/paths.js';

export interface StreamExportFigure {
  format: string;
  streamed: boolean;
  elements: number;
  exportMs: number;
  bytes: number;
  /** RSS right after the load, before the export. */
  rssAfterLoad: number;
  /** The process's peak RSS over load and export. */
  peakRss: number;
  /** How far the export took the peak above the load's own peak. */
  exportPeakGrowth: number;
  /** The export did not finish within the time allowed (`limitS`): the other figures are not measured. */
  timedOut?: boolean;
  limitS?: number;
  /** The export failed: its error. */
  failed?: string;
}

export function measureStreamExports(dir: string, formats = EXPORT_FORMATS.map((f) => f.id), limitS = 600, onFigure: (figure: StreamExportFigure) => void = () => {}): StreamExportFigure[] {
  const child = join(packageRoot, 'dist', 'bench', 'export-child.js');
  const outDir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-export-'));
  try {
    return formats.map((id) => {
      const format = EXPORT_FORMATS.find((f) => f.id === id)!;
      const out = join(outDir, format.multiFile ? id : `out.${format.extension}`);
      let text: string;
      try {
        text = execFileSync(process.execPath, ['--max-old-space-size=8192', child, dir, id, out], { encoding: 'utf8', maxBuffer: 1 << 20, timeout: limitS * 1000 });
      } catch (error) {
        // Recorded, not thrown: one export that overruns or fails must not lose the others' figures.
        rmSync(out, { recursive: true, force: true });
        const timedOut = (error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
        const failed = timedOut ? undefined : (String((error as { stderr?: string }).stderr ?? '').match(/\w*Error: .*/)?.[0] ?? String(error)).slice(0, 200);
        const figure = { format: id, streamed: format.stream !== undefined, elements: NaN, exportMs: NaN, bytes: NaN, rssAfterLoad: NaN, peakRss: NaN, exportPeakGrowth: NaN, timedOut, limitS, ...(failed ? { failed } : {}) };
        onFigure(figure);
        return figure;
      }
      const figure = measured(id, format.stream !== undefined, text);
      onFigure(figure);
      return figure;
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function measured(id: string, streamed: boolean, text: string): StreamExportFigure {
  const m = JSON.parse(text) as { elements: number; exportMs: number; bytes: number; rssAfterLoad: number; peakAfterLoad: number; peakRss: number };
  return { format: id, streamed, elements: m.elements, exportMs: m.exportMs, bytes: m.bytes, rssAfterLoad: m.rssAfterLoad, peakRss: m.peakRss, exportPeakGrowth: m.peakRss - m.peakAfterLoad };
}
