// The benchmark at its smallest size, so it cannot rot: every figure is measured and written, and the two engines agree.
// It asserts what was measured exists and is consistent, never how fast anything was (timings belong to `npm run bench`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runBench } from '../bench/run.js';
import { EXPORT_FORMATS } from '../src/export/registry.js';

it('npm run bench works end to end at 1k elements: load, memory, sourcesFor vs SPARQL, exports, the viewer, results.md', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'));
  const out = join(dir, 'results.md');
  const lines: string[] = [];
  const results = await runBench({ sizes: ['1k'], querySizes: ['1k'], viewerSizes: ['1k'], streamSizes: ['1k'], interactionSizes: ['1k'], runs: 1, out, dataDir: join(dir, 'data'), log: (line) => void lines.push(line) });

  const [load] = results.load;
  expect(load!.figure.elements).toBeGreaterThan(900);
  expect(load!.figure.ratio).toBeGreaterThan(1); // loading can never beat parsing the same bytes
  expect(results.memory[0]!.figure.elements).toBe(load!.figure.elements);
  expect(results.memory[0]!.figure.rssBytes).toBeGreaterThan(results.memory[0]!.figure.heapBytes);
  // measureQueries throws when SPARQL and sourcesFor disagree; here: it timed real claims of both kinds, which have sources.
  const [deepest, broadest] = results.queries.map((q) => q.figure);
  expect([deepest!.group, broadest!.group]).toEqual(['deepest', 'broadest']);
  for (const query of [deepest!, broadest!]) {
    expect(query.claims).toBeGreaterThan(0);
    expect(query.depth).toBeGreaterThanOrEqual(3);
    expect(Number.isFinite(query.ratio) && query.ratio > 0).toBe(true);
  }
  expect(deepest!.sourcesPerClaim).toBeGreaterThan(1);
  expect(broadest!.sourcesPerClaim).toBeGreaterThan(deepest!.sourcesPerClaim * 3);
  expect(results.exports[0]!.figure.elements).toBeGreaterThan(10);
  const viewer = results.viewer[0]!.figure;
  expect(viewer.nodes).toBe(results.memory[0]!.figure.elements - viewer.edges);
  expect(viewer.firstFrameMs).toBeGreaterThan(0);
  expect(viewer.layoutSettledMs).toBeGreaterThan(0);
  const interaction = results.interactions![0]!.figure;
  expect(interaction.nodesShown).toBe(interaction.nodes); // small: the whole graph
  expect(interaction.answersMs).toBeGreaterThan(0);
  expect(interaction.clickDrawnMs).toBeGreaterThan(0);
  expect(interaction.hoverDrawnMs).toBeGreaterThan(0);
  expect(interaction.rendersPerHover).toBe(0);
  expect(interaction.rendersPerClick).toBeGreaterThanOrEqual(1); // a click on a small graph animates the camera

  // Every format written to a file in its own process, the streamed ones included, with its time and peak RSS.
  expect(results.streamExports.map((e) => e.figure.format).sort()).toEqual(EXPORT_FORMATS.map((f) => f.id).sort());
  for (const { figure } of results.streamExports) {
    expect(figure.elements).toBe(load!.figure.elements);
    expect(figure.bytes).toBeGreaterThan(0);
    expect(figure.peakRss).toBeGreaterThanOrEqual(figure.rssAfterLoad);
  }
  expect(results.streamExports.find((e) => e.figure.format === 'turtle')!.figure.streamed).toBe(true);

  const written = readFileSync(out, 'utf8');
  for (const heading of ['## 1. Load', '## 4. Memory', '## 2. sourcesFor vs Oxigraph', '## 3. Subgraph', '## 5. The viewer', '## 6. Whole-dataset exports', '## 7. The viewer as a user feels it', '## What was found with the profiler']) expect(written).toContain(heading);
  expect(written).toContain(`| 1k | ${load!.figure.elements.toLocaleString('en')} |`);
  expect(lines.some((line) => line.startsWith('sourcesFor 1k, broadest claims:'))).toBe(true);
}, 240_000);

it('the corpus benchmark works end to end at 40 briefs: load, import through the command, cited-by, and leaves the corpus as it was', async () => {
  const { runCorpusBench, renderCorpus, corpusDir } = await import('../bench/corpus.js');
  const { loadGraph } = await import('../src/load/load-graph.js');
  const { citedBy } = await import('../src/query/cited-by.js');
  const { toDatasetFile } = await import('../src/model/serialize.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-corpus-'));
  const { dir } = await corpusDir(40, dataDir);
  const before = JSON.stringify(toDatasetFile(loadGraph(dir)));
  const [figure] = await runCorpusBench({ sizes: [40], imports: 2, runs: 1, dataDir, log: () => undefined, maxOldSpaceMb: 2000 });
  expect(figure!.briefs).toBe(40);
  expect(figure!.imported).toBe(2);
  expect(figure!.importMs).toBeGreaterThan(0);
  const graph = loadGraph(dir);
  expect(figure!.elements).toBe(graph.order + graph.size);
  // The most cited work is the one with most refers-to edges in, and cited-by counts its briefs as the query does.
  const top = citedBy(graph, figure!.topWork);
  expect(figure!.topBriefs).toBe(top.briefs.length);
  expect(figure!.topBriefs).toBeGreaterThan(1);
  const citations = (work: string) => graph.filterInEdges(work, (_key, edge) => edge.kind === 'refers-to').length;
  graph.forEachNode((id, node) => {
    if (node.kind === 'work') expect(citations(id)).toBeLessThanOrEqual(citations(figure!.topWork));
  });
  expect(figure!.works).toBe(graph.filterNodes((_id, node) => node.kind === 'work').length);
  // The imported briefs were taken out again: the corpus is the same dataset as before.
  expect(JSON.stringify(toDatasetFile(graph))).toBe(before);
  expect(renderCorpus([figure!], '2026-01-01')).toContain(`| 40 | ${figure!.works} | ${figure!.elements.toLocaleString('en')} |`);
  rmSync(dataDir, { recursive: true, force: true });
}, 240_000);
