// Run in a fresh node process (with --expose-gc and the corpus benchmark's heap) by the corpus benchmark: loads one
// corpus, prints its load time and memory use, then times cited-by on the most-cited work and shared-works on the
// loaded graph, all as one JSON line (so the benchmark's own process never holds a corpus).
import { loadGraph } from '../src/load/load-graph.js';
import { citedBy } from '../src/query/cited-by.js';
import { sharedWorks } from '../src/query/shared-works.js';
import { medianMs } from './measure.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('claimgraph/bench: run with node --expose-gc');
const [dir, runsArg] = process.argv.slice(2);
if (!dir) throw new Error('claimgraph/bench: corpus-child <corpus dir> [runs]');
const runs = Number(runsArg ?? 5);
gc();
const start = performance.now();
const graph = loadGraph(dir);
const loadMs = performance.now() - start;
gc();
const after = process.memoryUsage();

// The most cited work: the most refers-to edges in.
let topWork = '';
let topCount = -1;
let works = 0;
graph.forEachNode((id, node) => {
  if (node.kind !== 'work') return;
  works++;
  let count = 0;
  graph.forEachInEdge(id, (_key, edge) => {
    if (edge.kind === 'refers-to') count++;
  });
  if (count > topCount) [topWork, topCount] = [id, count];
});
const citedByMs = medianMs(runs, () => citedBy(graph, topWork));
const top = citedBy(graph, topWork);
const sharedWorksMs = medianMs(Math.min(runs, 3), () => sharedWorks(graph));
process.stdout.write(
  JSON.stringify({
    elements: graph.order + graph.size,
    works,
    loadMs,
    rss: after.rss,
    heap: after.heapUsed,
    topWork,
    topBriefs: top.briefs.length,
    topClaims: top.briefs.reduce((n, b) => n + b.claims.length, 0),
    citedByMs,
    sharedWorksMs,
  }) + '\n',
);
