// The store's figures: push time per million triples and peak RSS while pushing; `sources` over HTTP against local
// sourcesFor for the deepest and broadest claims; one command's time to first answer on a big graph, store against a
// local load. Starts its own Virtuoso (test/store/virtuoso.ts). `npm run bench -- --only store` runs this part alone.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadGraph } from '../src/load/load-graph.js';
import { packageRoot } from '../src/paths.js';
import { sourcesFor } from '../src/query/sources-for.js';
import { openStore } from '../src/store/open-store.js';
import { startVirtuoso, virtuosoInstalled } from '../test/store/virtuoso.js';
import { datasetDir, sizeNamed } from './datasets.js';
import { median } from './measure.js';
import { writeSection } from './results-section.js';
import { broadestClaims, deepestClaims } from './queries.js';

export interface StorePushFigure {
  size: string;
  elements: number;
  triples: number;
  pushMs: number;
  msPerMillionTriples: number;
  loadMs: number;
  rssAfterLoad: number;
  /** RSS after the batch a tenth, half and all of the way through the push: flat when they stay alike. */
  rssAtTenth: number;
  rssAtHalf: number;
  rssAtEnd: number;
  peakRss: number;
}

export interface StoreQueryFigure {
  size: string;
  group: 'deepest' | 'broadest';
  claims: number;
  sourcesPerClaim: number;
  storeMs: number;
  localMs: number;
}

export interface StoreAnswerFigure {
  size: string;
  claim: string;
  sources: number;
  storeMs: number;
  localMs: number;
}

export interface StoreResults {
  virtuoso: string;
  push: StorePushFigure[];
  queries: StoreQueryFigure[];
  answers: StoreAnswerFigure[];
}

export interface StoreBenchOptions {
  /** Sizes pushed (and measured for push time and RSS). */
  pushSizes: string[];
  /** Sizes whose `sources` latency is compared with local sourcesFor (must be among pushSizes). */
  querySizes: string[];
  /** Sizes whose time to first answer (a whole command, in a new process) is measured (must be among pushSizes). */
  answerSizes: string[];
  runs: number;
  dataDir: string;
  log: (line: string) => void;
  /** A server already running (the store tests' smoke); by default the benchmark starts and stops its own. */
  server?: { endpoint: string; user: string; password: string };
}

const graphIri = (size: string) => `urn:claimgraph:bench:${size}`;
const cli = join(packageRoot, 'bin', 'claimgraph.js');

/** Wall time of one `claimgraph` process, and its stdout. */
function timedCommand(args: string[], env: NodeJS.ProcessEnv): { ms: number; out: string } {
  const start = performance.now();
  const out = execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  return { ms: performance.now() - start, out };
}

export async function runStoreBench(options: StoreBenchOptions): Promise<StoreResults> {
  if (!virtuosoInstalled()) throw new Error('claimgraph/bench: the store benchmark needs Virtuoso: apt-get install -y --no-install-recommends virtuoso-opensource-7-bin');
  const { log, runs } = options;
  const server = options.server ? { ...options.server, stop: async () => {} } : await startVirtuoso({ buffers: 170_000 });
  const env = { ...process.env, CLAIMGRAPH_STORE_USER: server.user, CLAIMGRAPH_STORE_PASSWORD: server.password };
  const results: StoreResults = { virtuoso: '', push: [], queries: [], answers: [] };
  try {
    const version = await fetch(`${server.endpoint}?query=${encodeURIComponent('SELECT (bif:sys_stat("st_dbms_ver") AS ?v) WHERE {}')}`, { headers: { Accept: 'application/sparql-results+json' } });
    results.virtuoso = ((await version.json()) as { results: { bindings: { v: { value: string } }[] } }).results.bindings[0]?.v.value ?? '?';
    for (const size of options.pushSizes) {
      const dir = await datasetDir(sizeNamed(size), options.dataDir);
      const child = join(packageRoot, 'dist', 'bench', 'store-push-child.js');
      const out = execFileSync(process.execPath, [child, dir, server.endpoint, graphIri(size)], { encoding: 'utf8', env, maxBuffer: 1 << 20 });
      const m = JSON.parse(out) as Omit<StorePushFigure, 'size' | 'pushMs' | 'msPerMillionTriples'> & { ms: number };
      const figure: StorePushFigure = {
        size,
        elements: m.elements,
        triples: m.triples,
        pushMs: m.ms,
        msPerMillionTriples: (m.ms / m.triples) * 1e6,
        loadMs: m.loadMs,
        rssAfterLoad: m.rssAfterLoad,
        rssAtTenth: m.rssAtTenth,
        rssAtHalf: m.rssAtHalf,
        rssAtEnd: m.rssAtEnd,
        peakRss: m.peakRss,
      };
      results.push.push(figure);
      log(`store push ${size}: ${m.elements} elements, ${m.triples} triples in ${(m.ms / 1000).toFixed(1)} s = ${(figure.msPerMillionTriples / 1000).toFixed(1)} s per million triples; RSS ${(m.rssAfterLoad / 1e6).toFixed(0)} MB after load, ${[m.rssAtTenth, m.rssAtHalf, m.rssAtEnd].map((r) => (r / 1e6).toFixed(0)).join(' / ')} MB at 10% / 50% / 100% of the batches, peak ${(m.peakRss / 1e6).toFixed(0)} MB`);
    }
    for (const size of options.querySizes) {
      const graph = loadGraph(await datasetDir(sizeNamed(size), options.dataDir));
      const { graph: store } = openStore({ endpoint: server.endpoint, graph: graphIri(size), env, limits: { timeoutMs: 120_000 } });
      // One broadest claim: its CONSTRUCT brings back every supports edge under it with its quote (~450k triples at 100k).
      for (const [group, { claims }] of [['deepest', deepestClaims(graph, 10)], ['broadest', broadestClaims(graph, 1)]] as const) {
        const storeRuns: number[] = [];
        const localRuns: number[] = [];
        let sources = 0;
        for (const claim of claims) {
          await store.sourcesPart(claim); // warm the store's caches for this claim, as a server in use would be
          for (let r = 0; r < runs; r++) {
            let start = performance.now();
            const remote = sourcesFor(await store.sourcesPart(claim), claim);
            storeRuns.push(performance.now() - start);
            start = performance.now();
            const here = sourcesFor(graph, claim);
            localRuns.push(performance.now() - start);
            if (remote.length !== here.length) throw new Error(`claimgraph/bench: the store found ${remote.length} sources for ${claim}, sourcesFor ${here.length}`);
            sources += here.length;
          }
        }
        const figure: StoreQueryFigure = { size, group, claims: claims.length, sourcesPerClaim: sources / (claims.length * runs), storeMs: median(storeRuns), localMs: median(localRuns) };
        results.queries.push(figure);
        log(`store sources ${size}, ${group} claims: ${figure.storeMs.toFixed(1)} ms over HTTP vs sourcesFor ${figure.localMs.toFixed(3)} ms (${figure.claims} claims, ${figure.sourcesPerClaim.toFixed(0)} sources each)`);
      }
    }
    for (const size of options.answerSizes) {
      const dir = await datasetDir(sizeNamed(size), options.dataDir);
      const graph = loadGraph(dir);
      // The deepest claim, and a typical one (the median number of sources among 200 claims spread over the dataset).
      const spread = graph.filterNodes((_id, node) => node.kind === 'claim').filter((_id, i, all) => i % Math.max(1, Math.floor(all.length / 200)) === 0);
      const typical = spread.map((id) => ({ id, n: sourcesFor(graph, id).length })).sort((a, b) => a.n - b.n || (a.id < b.id ? -1 : 1))[spread.length >> 1]!.id;
      const picks = [deepestClaims(graph, 1).claims[0]!, typical];
      for (const claim of picks) {
        const storeArgs = ['sources', claim, '--json', '--endpoint', server.endpoint, '--graph', graphIri(size), '--timeout', '120'];
        timedCommand(storeArgs, env); // warm
        const store = Array.from({ length: runs }, () => timedCommand(storeArgs, env));
        const local = Array.from({ length: Math.min(runs, 3) }, () => timedCommand(['sources', claim, '--json', '--data', dir], env));
        if (store[0]!.out !== local[0]!.out) throw new Error(`claimgraph/bench: sources ${claim} differs between the store and the local dataset`);
        const figure: StoreAnswerFigure = { size, claim, sources: (JSON.parse(local[0]!.out) as { sources: unknown[] }).sources.length, storeMs: median(store.map((s) => s.ms)), localMs: median(local.map((s) => s.ms)) };
        results.answers.push(figure);
        log(`first answer ${size}, sources ${claim} (${figure.sources} sources): store ${figure.storeMs.toFixed(0)} ms vs local load ${figure.localMs.toFixed(0)} ms`);
      }
    }
  } finally {
    await server.stop();
  }
  return results;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

export function renderStore(r: StoreResults, date: string): string {
  const lines = [
    '## 8. The store (Virtuoso)',
    '',
    `Virtuoso Open Source ${r.virtuoso} started by the benchmark on 127.0.0.1 (its own folder, 170,000 buffers), measured on ${date}; \`npm run bench -- --only store\` repeats this part alone.`,
    '',
    '| push | elements | triples | time | per million triples | RSS after load | RSS after the batches at 10% / 50% / 100% | peak RSS while pushing |',
    '|---|---|---|---|---|---|---|---|',
    ...r.push.map(
      (p) =>
        `| ${p.size} | ${p.elements.toLocaleString('en')} | ${p.triples.toLocaleString('en')} | ${(p.pushMs / 1000).toFixed(1)} s | **${(p.msPerMillionTriples / 1000).toFixed(1)} s** | ${mb(p.rssAfterLoad)} | ${[p.rssAtTenth, p.rssAtHalf, p.rssAtEnd].map(mb).join(' / ')} | **${mb(p.peakRss)}** |`,
    ),
    '',
    'Push streams N-Triples in batches of 2 MB from the loaded graph into a fresh graph, two requests at a time, counts, then switches the pointer; the time includes all three. The RSS after load is the loaded graph; while pushing the process holds at most three batches (two sent, one being built) and the garbage V8 has not yet collected (the graph is not copied): the RSS a tenth, half and all of the way through shows whether it grows with what was sent.',
    '',
    '| `sources` | claims | sources each | store, over HTTP (fetch + sourcesFor) | local sourcesFor |',
    '|---|---|---|---|---|',
    ...r.queries.map((q) => `| ${q.size}, ${q.group} | ${q.claims} | ${q.sourcesPerClaim.toFixed(0)} | **${q.storeMs.toFixed(1)} ms** | ${q.localMs.toFixed(3)} ms |`),
    '',
    '| first answer: `claimgraph sources <claim> --json`, a new process | sources | through the store | local (`--data`: load, then answer) | target |',
    '|---|---|---|---|---|',
    ...r.answers.map((a) => `| ${a.size}, ${a.claim} | ${a.sources.toLocaleString('en')} | **${(a.storeMs / 1000).toFixed(2)} s** | ${(a.localMs / 1000).toFixed(2)} s | < 1 s: **${a.storeMs < 1000 ? 'met' : 'missed'}** |`),
    '',
  ];
  return lines.join('\n');
}

/** Puts the store section into results.md (replacing the one there), so the rest of the benchmark's results stay. */
export function writeStoreSection(path: string, section: string): void {
  writeSection(path, 'store', section);
}
