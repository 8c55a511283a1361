// Run in a fresh node process (with --expose-gc) by the benchmark: loads one dataset and prints its memory use as JSON.
import { loadGraph } from '../src/load/load-graph.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('claimgraph/bench: run with node --expose-gc');
const dir = process.argv[2];
if (!dir) throw new Error('claimgraph/bench: memory-child <dataset dir>');
gc();
const before = process.memoryUsage();
const graph = loadGraph(dir);
gc();
const after = process.memoryUsage();
process.stdout.write(
  JSON.stringify({ elements: graph.order + graph.size, heapBefore: before.heapUsed, heapAfter: after.heapUsed, rssBefore: before.rss, rssAfter: after.rss }) + '\n',
);
