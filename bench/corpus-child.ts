// Run in a fresh node process (with --expose-gc) by the corpus benchmark: loads one corpus and prints its load time and
// memory use as JSON.
import { loadGraph } from '../src/load/load-graph.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('claimgraph/bench: run with node --expose-gc');
const dir = process.argv[2];
if (!dir) throw new Error('claimgraph/bench: corpus-child <corpus dir>');
gc();
const start = performance.now();
const graph = loadGraph(dir);
const loadMs = performance.now() - start;
gc();
const after = process.memoryUsage();
process.stdout.write(JSON.stringify({ elements: graph.order + graph.size, loadMs, rss: after.rss, heap: after.heapUsed }) + '\n');
