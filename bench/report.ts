// Writes the benchmark's results as Markdown: the machine, the versions, each figure with its reference and target.
import { readFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import type { ExportFigure } from './exports.js';
import type { LoadFigure } from './load.js';
import type { MemoryFigure } from './memory.js';
import type { QueryFigure } from './queries.js';
import type { StreamExportFigure } from './stream-exports.js';
import type { ViewerFigure } from './viewer.js';
import { renderInteractions, type InteractionFigure } from './viewer-interactions.js';

export interface BenchResults {
  date: string;
  runs: number;
  chromium?: string;
  durationS: number;
  load: { size: string; figure: LoadFigure }[];
  memory: { size: string; figure: MemoryFigure }[];
  queries: { size: string; figure: QueryFigure }[];
  exports: { size: string; figure: ExportFigure }[];
  viewer: { size: string; figure: ViewerFigure }[];
  streamExports: { size: string; figure: StreamExportFigure }[];
  /** The viewer as a user feels it (figure 6). */
  interactions?: { size: string; figure: InteractionFigure }[];
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–');
const int = (n: number) => Math.round(n).toLocaleString('en');
const mb = (bytes: number) => f(bytes / 1e6, 0);
const met = (ok: boolean) => (ok ? '**met**' : '**missed**');

function version(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export function renderResults(r: BenchResults, notes = ''): string {
  const cpu = cpus();
  const lines: string[] = [
    '# claimgraph benchmark results',
    '',
    `Written by \`npm run bench\` on ${r.date} in ${f(r.durationS, 0)} s. Each timing is the median of ${r.runs} runs in one process, and each`,
    'figure is a ratio to its reference measured in the same run, so the noise of a shared machine mostly cancels.',
    '',
    `- machine: ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${f(totalmem() / 2 ** 30, 0)} GiB, ${platform()} ${release()}`,
    `- node ${process.versions.node} (V8 ${process.versions.v8}); graphology ${version('graphology')}, zod ${version('zod')}, sigma ${version('sigma')}, oxigraph ${version('oxigraph')}${r.chromium ? `, Chromium ${r.chromium} (WebGL on SwiftShader, software)` : ''}`,
    '- datasets: `claimgraph generate --claims N --seed 1` (long-tailed citations, claim chains up to depth 6, obstacles with parts, the six stages)',
    '',
    '## 1. Load + validate vs JSON.parse of the same bytes',
    '',
    'loadGraph reads the folder, parses, validates every element with the zod schemas, checks ids, ends, endpoint kinds and',
    'cycles, and builds the graphology graph. "graph only" adds the already-parsed records to a graphology graph with no',
    'check at all: what graphology itself costs.',
    '',
    '| size | elements | MB | JSON.parse ms | loadGraph ms | **ratio** | graph only ms | graph only / JSON.parse |',
    '|---|---|---|---|---|---|---|---|',
    ...r.load.map(({ size, figure: l }) => `| ${size} | ${int(l.elements)} | ${mb(l.bytes)} | ${int(l.parseMs)} | ${int(l.loadMs)} | **${f(l.ratio, 2)}×** | ${int(l.graphOnlyMs)} | ${f(l.graphOnlyMs / l.parseMs, 2)}× |`),
    '',
    ...targetLine('load + validate 1M elements within 3× JSON.parse', r.load.find((l) => l.size === '1M'), (l) => l.figure.ratio <= 3, (l) => `${f(l.figure.ratio, 2)}×`),
    '',
    '## 2. sourcesFor vs Oxigraph (SPARQL property path)',
    '',
    'The same question both ways: every source that supports the claim directly or through claims that support it.',
    'Oxigraph is loaded from the Turtle export and asked `SELECT DISTINCT ?s { ?s cito:supports+ <claim> . ?s a cito:Citation }`;',
    'the benchmark checks both give the same set for every claim it times. sourcesFor also returns each shortest path with',
    'its quotes. Two kinds of claim: the *deepest*, farthest from the answer (depth = their distance from it; the leaves',
    'of the support tree, resting on a few sources each), and the *broadest*, the answer and the claims right under it',
    '(depth = the longest evidence path beneath them; thousands of sources each).',
    '',
    '| size | elements | claims | claims timed | depth | sources per claim | sourcesFor ms | SPARQL ms | **ratio** | turtle export ms | Oxigraph load ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.queries.map(({ size, figure: q }) => `| ${size} | ${int(q.elements)} | ${q.group} | ${q.claims} | ${q.depth} | ${f(q.sourcesPerClaim, 0)} | ${f(q.sourcesForMs, 3)} | ${f(q.sparqlMs, 3)} | **${f(q.ratio, q.ratio < 10 ? 1 : 0)}×** | ${int(q.turtleMs)} | ${int(q.storeLoadMs)} |`),
    '',
    ...(['deepest', 'broadest'] as const).flatMap((group) => {
      const at100k = r.queries.find((q) => q.size === '100k' && q.figure.group === group);
      return [
        ...targetLine(`sourcesFor median under 1 ms at 100k (${group} claims)`, at100k, (q) => q.figure.sourcesForMs < 1, (q) => `${f(q.figure.sourcesForMs, 3)} ms`),
        ...targetLine(`sourcesFor at least 10× faster than SPARQL (${group} claims)`, at100k, (q) => q.figure.ratio >= 10, (q) => `${f(q.figure.ratio, 1)}×`),
      ];
    }),
    '',
    '## 3. Subgraph + export, per element',
    '',
    'The answer claim with everything within the depth given, extracted with `subgraph`, then written as JSON and as',
    'GraphML; the reference is JSON.stringify of the same subgraph.',
    '',
    '| size | subgraph elements (depth) | subgraph µs/el | json µs/el | graphml µs/el | JSON.stringify µs/el | **(subgraph + json) / stringify** | **(subgraph + graphml) / stringify** |',
    '|---|---|---|---|---|---|---|---|',
    ...r.exports.map(({ size, figure: e }) => `| ${size} | ${int(e.elements)} (${e.depth}) | ${f(e.subgraphUsPerElement, 2)} | ${f(e.jsonUsPerElement, 2)} | ${f(e.graphmlUsPerElement, 2)} | ${f(e.stringifyUsPerElement, 2)} | **${f(e.jsonRatio, 2)}×** | **${f(e.graphmlRatio, 2)}×** |`),
    '',
    '## 4. Memory after load (fresh process per size, after a full GC)',
    '',
    'Heap: what the loaded graph keeps after a full GC. RSS: the whole process after the load (node itself included),',
    'and its growth during the load per element.',
    '',
    '| size | elements | heap MB | heap bytes/element | process RSS MB | RSS growth bytes/element |',
    '|---|---|---|---|---|---|',
    ...r.memory.map(({ size, figure: m }) => `| ${size} | ${int(m.elements)} | ${mb(m.heapBytes)} | ${int(m.heapPerElement)} | ${mb(m.rssBytes)} | ${int(m.rssGrowthPerElement)} |`),
    '',
    ...targetLine('1M elements under 2 GB RSS', r.memory.find((m) => m.size === '1M'), (m) => m.figure.rssBytes < 2e9, (m) => `${mb(m.figure.rssBytes)} MB`),
    '',
    '## 5. The viewer in headless Chromium',
    '',
    'Times from navigation (the viewer\'s own marks); then ForceAtlas2 is chosen, a search is typed while it runs, and the',
    'main thread\'s long tasks are recorded until the layout has settled and been drawn.',
    '',
    '| size | nodes | edges | fetched ms | validated ms | layout ms | sigma ms | **first frame ms** | FA2 settled ms | search answered in ms | long tasks during FA2 (ms) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.viewer.map(({ size, figure: v }) => `| ${size} | ${int(v.nodes)} | ${int(v.edges)} | ${int(v.timings.fetched ?? NaN)} | ${int(v.timings.validated ?? NaN)} | ${int(v.timings.layout ?? NaN)} | ${int(v.timings.sigma ?? NaN)} | **${int(v.firstFrameMs)}** | ${int(v.layoutSettledMs)} | ${int(v.searchAnswerMs)} | ${v.longTasksMs.length ? v.longTasksMs.join(', ') : 'none'} |`),
    '',
    ...targetLine('the viewer shows the 100k dataset within 5 s of load', r.viewer.find((v) => v.size === '100k'), (v) => v.figure.firstFrameMs <= 5000, (v) => `${int(v.figure.firstFrameMs)} ms`),
    ...targetLine('no long task over 200 ms while the layout runs (100k)', r.viewer.find((v) => v.size === '100k'), (v) => v.figure.longTasksMs.every((t) => t <= 200), (v) => `longest ${int(Math.max(0, ...v.figure.longTasksMs))} ms`),
    '',
    '## 6. Whole-dataset exports to a file (streamed), fresh process per format',
    '',
    '`writeExport` of the whole dataset, as `claimgraph export -o FILE` does it: streamed formats write their pieces in',
    'order to a temporary file and never hold the export as one string. Peak RSS is the process\'s high-water mark over',
    'load and export; "export above load" is how far the export raised it above the load\'s own peak.',
    '',
    '| size | format | streamed | elements | export s | MB written | RSS after load MB | **peak RSS MB** | export above load MB |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.streamExports.map(({ size, figure: e }) =>
      e.timedOut || e.failed
        ? `| ${size} | ${e.format} | ${e.streamed ? 'yes' : 'no'} | – | ${e.failed ? `failed: ${e.failed.replace(/\|/g, '\\|')}` : `not done in ${e.limitS} s`} | – | – | – | – |`
        : `| ${size} | ${e.format} | ${e.streamed ? 'yes' : 'no'} | ${int(e.elements)} | ${f(e.exportMs / 1000, 1)} | ${mb(e.bytes)} | ${mb(e.rssAfterLoad)} | **${mb(e.peakRss)}** | ${mb(e.exportPeakGrowth)} |`,
    ),
    '',
  ];
  const interactions = renderInteractions(r.interactions ?? []);
  if (interactions.length) lines.push('<!-- viewer-interactions:start -->', ...interactions, '<!-- viewer-interactions:end -->', '');
  return lines.join('\n') + (notes ? `\n${notes.trim()}\n` : '');
}

function targetLine<T>(target: string, figure: T | undefined, ok: (f: T) => boolean, value: (f: T) => string): string[] {
  if (!figure) return [`Target: ${target}: not measured in this run.`];
  return [`Target: ${target}: ${value(figure)}, ${met(ok(figure))}.  `];
}
