// `npm run bench`: measures load, queries, exports, memory and the viewer on synthetic datasets of 1k to 1M elements,
// each as a ratio to its reference in the same run, prints every figure and writes bench/results.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../src/io/write-atomic.js';
import { loadGraph } from '../src/load/load-graph.js';
import { packageRoot } from '../src/paths.js';
import { launchChromium } from './chromium.js';
import { datasetDir, DATA_DIR, SIZES, sizeNamed, VIEWER_SIZES } from './datasets.js';
import { measureExports } from './exports.js';
import { measureLoad } from './load.js';
import { measureMemory } from './memory.js';
import { measureQueries } from './queries.js';
import { measureStreamExports, type StreamExportFigure } from './stream-exports.js';
import { renderResults, type BenchResults } from './report.js';
import { measureViewer } from './viewer.js';
import { measureViewerInteractions } from './viewer-interactions.js';

export interface BenchOptions {
  sizes: string[];
  /** Sizes whose queries, exports and viewer are measured (queries and exports need the Turtle export and Oxigraph in memory). */
  querySizes: string[];
  viewerSizes: string[];
  /** Sizes whose whole-dataset exports are written to files, one fresh process per format (time and peak RSS). */
  streamSizes: string[];
  /** Sizes of the viewer's interaction figures (first frame, page answers, click, hover, renders). */
  interactionSizes: string[];
  /** Seconds one whole-dataset export may take before it is recorded as not done. */
  exportLimitS?: number;
  runs: number;
  out: string;
  dataDir: string;
  log: (line: string) => void;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: SIZES.map((s) => s.name),
  querySizes: ['10k', '100k'],
  viewerSizes: ['10k', '100k'],
  streamSizes: ['1M'],
  interactionSizes: VIEWER_SIZES.map((s) => s.name),
  runs: 5,
  out: join(packageRoot, 'bench', 'results.md'),
  dataDir: DATA_DIR,
  log: (line) => console.log(line),
};

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const started = performance.now();
  const { log, runs } = options;
  const results: BenchResults = { date: new Date().toISOString().slice(0, 10), runs, durationS: 0, load: [], memory: [], queries: [], exports: [], viewer: [], streamExports: [], interactions: [] };
  for (const name of options.sizes) {
    const dir = await datasetDir(sizeNamed(name), options.dataDir);
    // Fewer runs at a million elements: each is ~15 s, and the median of 3 is as stable there as of 5 elsewhere.
    const load = measureLoad(dir, name === '1M' ? Math.min(runs, 3) : runs);
    results.load.push({ size: name, figure: load });
    log(`load ${name}: ${load.elements} elements, JSON.parse ${load.parseMs.toFixed(1)} ms, loadGraph ${load.loadMs.toFixed(1)} ms: ratio ${load.ratio.toFixed(2)}× (graph only ${(load.graphOnlyMs / load.parseMs).toFixed(2)}×)`);
    const memory = measureMemory(dir);
    results.memory.push({ size: name, figure: memory });
    log(`memory ${name}: heap ${(memory.heapBytes / 1e6).toFixed(0)} MB (${memory.heapPerElement.toFixed(0)} B/element), RSS ${(memory.rssBytes / 1e6).toFixed(0)} MB (grew ${memory.rssGrowthPerElement.toFixed(0)} B/element)`);
  }
  for (const name of options.querySizes) {
    const graph = loadGraph(await datasetDir(sizeNamed(name), options.dataDir));
    for (const queries of measureQueries(graph, { claims: 20, repeats: runs * 4, sparqlRepeats: runs, broadClaims: 5, broadRepeats: runs })) {
      results.queries.push({ size: name, figure: queries });
      log(`sourcesFor ${name}, ${queries.group} claims: ${queries.sourcesForMs.toFixed(3)} ms vs SPARQL ${queries.sparqlMs.toFixed(3)} ms: ratio ${queries.ratio.toFixed(1)}× (${queries.claims} claims, ${queries.sourcesPerClaim.toFixed(0)} sources each)`);
    }
    const exports = measureExports(graph, { depth: 2, runs: runs * 4 });
    results.exports.push({ size: name, figure: exports });
    log(`export ${name}: ${exports.elements} elements; (subgraph + json) / stringify ${exports.jsonRatio.toFixed(2)}×, (subgraph + graphml) / stringify ${exports.graphmlRatio.toFixed(2)}×`);
  }
  for (const name of options.streamSizes) {
    const onFigure = (figure: StreamExportFigure) => {
      results.streamExports.push({ size: name, figure });
      if (figure.failed) log(`export to file ${name}, ${figure.format}: failed: ${figure.failed}`);
      else if (figure.timedOut) log(`export to file ${name}, ${figure.format}: not done in ${figure.limitS} s`);
      else log(`export to file ${name}, ${figure.format}${figure.streamed ? '' : ' (not streamed)'}: ${(figure.exportMs / 1000).toFixed(1)} s, ${(figure.bytes / 1e6).toFixed(0)} MB, peak RSS ${(figure.peakRss / 1e6).toFixed(0)} MB (after load ${(figure.rssAfterLoad / 1e6).toFixed(0)} MB)`);
    };
    measureStreamExports(await datasetDir(sizeNamed(name), options.dataDir), undefined, options.exportLimitS, onFigure);
  }
  if (options.viewerSizes.length + options.interactionSizes.length > 0) {
    const browser = await launchChromium();
    results.chromium = browser.version();
    try {
      for (const name of options.viewerSizes) {
        const graph = loadGraph(await datasetDir(sizeNamed(name), options.dataDir));
        const viewer = await measureViewer(browser, graph);
        results.viewer.push({ size: name, figure: viewer });
        log(`viewer ${name}: ${viewer.nodes} nodes, first frame ${viewer.firstFrameMs.toFixed(0)} ms, FA2 settled in ${viewer.layoutSettledMs} ms, long tasks ${viewer.longTasksMs.join(', ') || 'none'}`);
      }
      for (const name of options.interactionSizes) {
        const figure = await measureViewerInteractions(browser, loadGraph(await datasetDir(sizeNamed(name), options.dataDir)));
        results.interactions!.push({ size: name, figure });
        log(`viewer ${name} interactions: answers ${figure.answersMs.toFixed(0)} ms, click drawn ${figure.clickDrawnMs.toFixed(0)} ms, hover drawn ${figure.hoverDrawnMs.toFixed(0)} ms, renders per click ${figure.rendersPerClick}, per hover ${figure.rendersPerHover}`);
      }
    } finally {
      await browser.close();
    }
  }
  results.durationS = (performance.now() - started) / 1000;
  const notesPath = join(packageRoot, 'bench', 'optimisations.md');
  writeFileAtomic(options.out, renderResults(results, readFileSync(notesPath, 'utf8')));
  log(`wrote ${options.out} (${results.durationS.toFixed(0)} s)`);
  return results;
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      'query-sizes': { type: 'string' },
      'viewer-sizes': { type: 'string' },
      'stream-sizes': { type: 'string' },
      'interaction-sizes': { type: 'string' },
      'export-limit': { type: 'string' },
      runs: { type: 'string' },
      out: { type: 'string' },
      only: { type: 'string' },
      'store-sizes': { type: 'string' },
      'store-query-sizes': { type: 'string' },
      'store-answer-sizes': { type: 'string' },
      'corpus-sizes': { type: 'string' },
      'corpus-store-sizes': { type: 'string' },
    },
  });

  const list = (value: string | undefined, fallback: string[]) => (value === undefined ? fallback : value.split(',').filter(Boolean));
  if (values.only !== undefined && values.only !== 'store' && values.only !== 'corpus') throw new Error(`claimgraph/bench: --only takes "store" or "corpus" (got "${values.only}")`);
  if (values.only === undefined) await runBench({
    ...DEFAULT_OPTIONS,
    sizes: list(values.sizes, DEFAULT_OPTIONS.sizes),
    querySizes: list(values['query-sizes'], DEFAULT_OPTIONS.querySizes),
    viewerSizes: list(values['viewer-sizes'], DEFAULT_OPTIONS.viewerSizes),
    streamSizes: list(values['stream-sizes'], DEFAULT_OPTIONS.streamSizes),
    interactionSizes: list(values['interaction-sizes'], DEFAULT_OPTIONS.interactionSizes),
    ...(values['export-limit'] ? { exportLimitS: Number(values['export-limit']) } : {}),
    runs: values.runs ? Number(values.runs) : DEFAULT_OPTIONS.runs,
    out: values.out ?? DEFAULT_OPTIONS.out,
  });
  // A corpus of briefs: after the rest, or alone with --only corpus. Its section is put into results.md.
  if (values.only !== 'store') {
    const { runCorpusBench, renderCorpus } = await import('./corpus.js');
    const { writeSection } = await import('./results-section.js');
    const figures = await runCorpusBench({
      sizes: list(values['corpus-sizes'], ['1000', '100000']).map(Number),
      imports: 5,
      runs: values.runs ? Number(values.runs) : 5,
      dataDir: DEFAULT_OPTIONS.dataDir,
      log: (line) => console.log(line),
      maxOldSpaceMb: 16_000,
      storeSizes: list(values['corpus-store-sizes'], ['1000']).map(Number),
    });
    writeSection(values.out ?? DEFAULT_OPTIONS.out, 'corpus', renderCorpus(figures, new Date().toISOString().slice(0, 10)));
  }
  if (values.only === 'corpus') process.exit(0);
  // The store (Virtuoso): after the rest, or alone with --only store. Its section is put into results.md.
  const { runStoreBench, renderStore, writeStoreSection } = await import('./store.js');
  const store = await runStoreBench({
    pushSizes: list(values['store-sizes'], ['100k', '1M']),
    querySizes: list(values['store-query-sizes'], ['100k']),
    answerSizes: list(values['store-answer-sizes'], ['1M']),
    runs: values.runs ? Number(values.runs) : 5,
    dataDir: DEFAULT_OPTIONS.dataDir,
    log: (line) => console.log(line),
  });
  writeStoreSection(values.out ?? DEFAULT_OPTIONS.out, renderStore(store, new Date().toISOString().slice(0, 10)));
}
