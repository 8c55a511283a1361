// Run in a fresh node process by the benchmark: loads one dataset, streams one export format to a file, and prints
// the export's time and the process's peak RSS as JSON (peak RSS is the kernel's high-water mark, so it is exact).
import { statSync, rmSync } from 'node:fs';
import { writeExport } from '../src/export/write-export.js';
import { exportFormat } from '../src/export/registry.js';
import { loadGraph } from '../src/load/load-graph.js';

const [dir, formatId, out] = process.argv.slice(2);
if (!dir || !formatId || !out) throw new Error('claimgraph/bench: export-child <dataset dir> <format> <output path>');
const graph = loadGraph(dir);
const rssAfterLoad = process.memoryUsage().rss;
const peakAfterLoad = process.resourceUsage().maxRSS * 1024;
const started = performance.now();
const written = await writeExport(exportFormat(formatId), graph, out);
const exportMs = performance.now() - started;
const bytes = written.reduce((sum, path) => sum + statSync(path).size, 0);
for (const path of written) rmSync(path, { force: true });
process.stdout.write(
  JSON.stringify({ elements: graph.order + graph.size, exportMs, bytes, rssAfterLoad, peakAfterLoad, peakRss: process.resourceUsage().maxRSS * 1024 }) + '\n',
);
