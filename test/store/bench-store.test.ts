// The store benchmark at its smallest size, so it cannot rot: every store figure is measured and written, and the
// store's answers agree with the local ones (runStoreBench throws when they do not). Never asserts a timing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { renderStore, runStoreBench, writeStoreSection } from '../../bench/store.js';

it('npm run bench -- --only store works end to end at 1k: push, sources over HTTP, first answer, results.md', async () => {
  const server = inject('virtuoso');
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-store-'));
  const lines: string[] = [];
  const results = await runStoreBench({ pushSizes: ['1k'], querySizes: ['1k'], answerSizes: ['1k'], runs: 1, dataDir: join(dir, 'data'), log: (line) => void lines.push(line), server });
  const [push] = results.push;
  expect(push!.elements).toBeGreaterThan(900);
  expect(push!.triples).toBeGreaterThan(push!.elements * 5);
  expect(push!.peakRss).toBeGreaterThanOrEqual(push!.rssAfterLoad);
  expect(results.queries.map((q) => q.group)).toEqual(['deepest', 'broadest']);
  expect(results.queries[1]!.sourcesPerClaim).toBeGreaterThan(results.queries[0]!.sourcesPerClaim);
  expect(results.answers).toHaveLength(2);
  for (const answer of results.answers) expect(answer.storeMs > 0 && answer.localMs > 0).toBe(true);

  const out = join(dir, 'results.md');
  writeFileSync(out, '# Benchmark results\n\n## 1. Load\n');
  writeStoreSection(out, renderStore(results, '2026-01-01'));
  writeStoreSection(out, renderStore(results, '2026-01-02')); // replaces its own section, keeps the rest
  const text = readFileSync(out, 'utf8');
  expect(text.startsWith('# Benchmark results\n\n## 1. Load\n')).toBe(true);
  expect(text.match(/## 8\. The store/g)).toHaveLength(1);
  expect(text).toContain('2026-01-02');
  expect(lines.some((line) => line.startsWith('store push 1k:'))).toBe(true);
}, 300_000);

it('the corpus benchmark pushes a corpus into one named graph and times cited-by and shared-works through it (same answers as locally)', async () => {
  const server = inject('virtuoso');
  const { runCorpusBench, renderCorpus } = await import('../../bench/corpus.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-corpus-store-'));
  const [figure] = await runCorpusBench({ sizes: [40], imports: 1, runs: 1, dataDir, log: () => undefined, maxOldSpaceMb: 2000, storeSizes: [40], server });
  const store = figure!.store!;
  // measureCorpusStore throws when an answer through the store differs from the local one; here it ran and counted.
  expect(store.briefs).toBe(40);
  expect(store.triples).toBeGreaterThan(figure!.elements * 5);
  expect(store.citedByStoreMs > 0 && store.sharedWorksStoreMs > 0).toBe(true);
  expect(renderCorpus([figure!], '2026-01-01')).toContain(`| 40 | ${store.triples.toLocaleString('en')} |`);
  rmSync(dataDir, { recursive: true, force: true });
}, 300_000);
