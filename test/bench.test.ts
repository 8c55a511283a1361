// The benchmark at its smallest size, so it cannot rot: every figure is measured and written, and the two engines agree.
// It asserts what was measured exists and is consistent, never how fast anything was (timings belong to `npm run bench`).
import { mkdtempSync, readFileSync } from 'node:fs';
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
