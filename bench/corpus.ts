// The corpus's figures: generating N briefs, loading them (time and memory, in a fresh process), importing one more
// brief through the command (time per brief, into the corpus as it stands), and `cited-by` on the most-cited work
// (the query alone on the loaded graph, in the loading process, and the whole command in a new process). `npm run bench -- --only corpus`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCorpus } from '../src/generate/write-corpus.js';
import { syntheticCorpus } from '../src/generate/synthetic-corpus.js';
import { writeFileAtomic } from '../src/io/write-atomic.js';
import { packageRoot } from '../src/paths.js';
import { measureCorpusStore, type CorpusStoreFigure, type RunningServer } from './corpus-store.js';
import { median, timed } from './measure.js';

export interface CorpusFigure {
  briefs: number;
  works: number;
  elements: number;
  /** Bytes of the corpus's files (JSON and briefs' texts). */
  bytes: number;
  generateMs: number;
  /** Load and validate everything, in a fresh process: time, and RSS and heap after a full GC. */
  loadMs: number;
  rssBytes: number;
  heapBytes: number;
  /** `claimgraph import <brief> --into <corpus>`, one new process per brief, median over the briefs imported. */
  importMs: number;
  imported: number;
  /** The most cited work, and how many briefs and claims rest on it. */
  topWork: string;
  topBriefs: number;
  topClaims: number;
  /** citedBy on the loaded graph (median), and `claimgraph cited-by <work> --json` in a new process (load included). */
  citedByMs: number;
  citedByCommandMs: number;
  sharedWorksMs: number;
  /** The corpus pushed into Virtuoso and the cross-brief commands through it (only for the sizes asked, with Virtuoso). */
  store?: CorpusStoreFigure;
}

export interface CorpusBenchOptions {
  sizes: number[];
  /** Briefs imported, one process each, to time an import (default 5). */
  imports: number;
  runs: number;
  dataDir: string;
  log: (line: string) => void;
  /** Heap for the processes that hold a whole corpus (a 100,000-brief corpus needs more than node's default). */
  maxOldSpaceMb: number;
  /** Sizes also pushed into a Virtuoso of their own, with cited-by and shared-works timed through it (default none). */
  storeSizes?: number[];
  /** A Virtuoso already running for those (the store tests'); by default each size starts and stops its own. */
  server?: RunningServer;
}

const cli = join(packageRoot, 'bin', 'claimgraph.js');

/** The corpus of a size, generated on first use into the data folder (same seed, same bytes). */
export async function corpusDir(briefs: number, root: string): Promise<{ dir: string; generateMs: number }> {
  const dir = join(root, `corpus-${briefs}-seed1`);
  if (existsSync(join(dir, 'works.json'))) return { dir, generateMs: Number.NaN };
  const start = performance.now();
  await writeSyntheticCorpus(dir, { briefs, seed: 1 });
  return { dir, generateMs: performance.now() - start };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

export async function measureCorpus(briefs: number, options: CorpusBenchOptions): Promise<CorpusFigure> {
  const { log, runs } = options;
  const { dir, generateMs } = await corpusDir(briefs, options.dataDir);
  const node = [`--max-old-space-size=${options.maxOldSpaceMb}`];
  // Load, memory and the queries on the loaded graph, in a fresh process with the big heap (./corpus-child.ts).
  const loaded = JSON.parse(
    execFileSync(process.execPath, [...node, '--expose-gc', join(packageRoot, 'dist', 'bench', 'corpus-child.js'), dir, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 }),
  ) as { elements: number; works: number; loadMs: number; rss: number; heap: number; topWork: string; topBriefs: number; topClaims: number; citedByMs: number; sharedWorksMs: number };
  log(`corpus ${briefs}: ${loaded.elements} elements loaded in ${(loaded.loadMs / 1000).toFixed(1)} s, RSS ${(loaded.rss / 1e6).toFixed(0)} MB, heap ${(loaded.heap / 1e6).toFixed(0)} MB`);

  // Import: briefs of another seed's corpus, written as files, each imported by the command into this corpus; then the
  // corpus is put back as it was (the added folders removed, works.json restored).
  const texts = mkdtempSync(join(tmpdir(), 'claimgraph-bench-import-'));
  const worksBefore = readFileSync(join(dir, 'works.json'));
  const added: string[] = [];
  const importRuns: number[] = [];
  try {
    let k = 0;
    for (const brief of syntheticCorpus({ briefs: options.imports, seed: 2, works: Math.max(200, briefs * 3) }).briefs()) {
      const path = join(texts, `imported-${k++}.md`);
      writeFileSync(path, brief.text);
      const start = performance.now();
      execFileSync(process.execPath, [...node, cli, 'import', path, '--into', dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
      importRuns.push(performance.now() - start);
      added.push(join(dir, 'briefs', `imported-${k - 1}`));
    }
  } finally {
    for (const folder of added) rmSync(folder, { recursive: true, force: true });
    writeFileAtomic(join(dir, 'works.json'), worksBefore);
    rmSync(texts, { recursive: true, force: true });
  }
  log(`corpus ${briefs}: import one brief (a new process each): median ${median(importRuns).toFixed(0)} ms over ${importRuns.length}`);

  // A command loads the whole corpus: once is enough past a million elements (minutes each).
  const commandRuns = Array.from({ length: loaded.elements > 1e6 ? 1 : Math.min(runs, 3) }, () => timed(() => execFileSync(process.execPath, [...node, cli, 'cited-by', loaded.topWork, '--json', '--data', dir], { encoding: 'utf8', maxBuffer: 1 << 30 })).ms);
  const figure: CorpusFigure = {
    briefs,
    works: loaded.works,
    elements: loaded.elements,
    bytes: folderBytes(dir),
    generateMs,
    loadMs: loaded.loadMs,
    rssBytes: loaded.rss,
    heapBytes: loaded.heap,
    importMs: median(importRuns),
    imported: importRuns.length,
    topWork: loaded.topWork,
    topBriefs: loaded.topBriefs,
    topClaims: loaded.topClaims,
    citedByMs: loaded.citedByMs,
    citedByCommandMs: median(commandRuns),
    sharedWorksMs: loaded.sharedWorksMs,
  };
  log(`corpus ${briefs}: cited-by ${figure.topWork} (${figure.topBriefs} briefs, ${figure.topClaims} claims): ${figure.citedByMs.toFixed(1)} ms on the loaded graph, ${(figure.citedByCommandMs / 1000).toFixed(2)} s as a command; shared-works ${figure.sharedWorksMs.toFixed(0)} ms`);
  if (options.storeSizes?.includes(briefs)) {
    figure.store = await measureCorpusStore(dir, briefs, figure.topWork, Math.min(runs, 3), options.maxOldSpaceMb, options.server);
    const st = figure.store;
    log(`corpus ${briefs} in Virtuoso: pushed ${st.triples} triples in ${(st.pushMs / 1000).toFixed(1)} s; cited-by ${(st.citedByStoreMs / 1000).toFixed(2)} s (local ${(st.citedByLocalMs / 1000).toFixed(2)} s), shared-works of two briefs ${(st.sharedWorksStoreMs / 1000).toFixed(2)} s (local ${(st.sharedWorksLocalMs / 1000).toFixed(2)} s)`);
  }
  return figure;
}

export async function runCorpusBench(options: CorpusBenchOptions): Promise<CorpusFigure[]> {
  const figures: CorpusFigure[] = [];
  for (const size of options.sizes) figures.push(await measureCorpus(size, options));
  return figures;
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '–');
const s1 = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–');

export function renderCorpus(figures: readonly CorpusFigure[], date: string): string {
  return [
    '## 9. A corpus of briefs',
    '',
    `Measured on ${date} with \`npm run bench -- --only corpus\`. Corpora from \`claimgraph generate --briefs N --seed 1\`: about 12 claims and 12 markers per brief, citing works of a pool three times the briefs by Zipf popularity (exponent 1), one work in twenty drawn from a more cited one. Load and memory in a fresh process after a full GC; an import is \`claimgraph import <brief> --into <corpus>\` in a new process, for briefs of another seed (their references match the pool's works by DOI or URL where they have one); \`cited-by\` is asked of the most-cited work.`,
    '',
    '| briefs | works | elements | on disk | generate | load + validate | RSS after load | heap | **import, per brief** | most-cited work (briefs, claims) | **cited-by, loaded graph** | cited-by as a command | shared-works |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${int(f.briefs)} | ${int(f.works)} | ${int(f.elements)} | ${int(f.bytes / 1e6)} MB | ${s1(f.generateMs)} | ${s1(f.loadMs)} | ${int(f.rssBytes / 1e6)} MB | ${int(f.heapBytes / 1e6)} MB | **${int(f.importMs)} ms** (median of ${f.imported}) | ${f.topWork} (${int(f.topBriefs)}, ${int(f.topClaims)}) | **${f.citedByMs.toFixed(1)} ms** | ${s1(f.citedByCommandMs)} | ${int(f.sharedWorksMs)} ms |`,
    ),
    '',
    ...storeTable(figures),
  ].join('\n');
}

const s2 = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The corpus in one named graph of Virtuoso: the push, and the cross-brief commands through the store and locally. */
function storeTable(figures: readonly CorpusFigure[]): string[] {
  const rows = figures.filter((f) => f.store);
  if (rows.length === 0) return [];
  return [
    'The corpus in one named graph of Virtuoso (a fresh server; each a whole command in a new process, median of 3; the answers through the store are the local ones, byte for byte, or the run fails):',
    '',
    '| briefs | triples | push | cited-by, store | cited-by, local | shared-works of two briefs, store | shared-works, local |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((f) => {
      const st = f.store!;
      return `| ${int(st.briefs)} | ${int(st.triples)} | ${s1(st.pushMs)} | ${s2(st.citedByStoreMs)} | ${s2(st.citedByLocalMs)} | ${s2(st.sharedWorksStoreMs)} | ${s2(st.sharedWorksLocalMs)} |`;
    }),
    '',
  ];
}
