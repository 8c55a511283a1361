// Child process of the store benchmark: loads a dataset, pushes it, and prints its timings and peak RSS as JSON (a
// process of its own, so the peak RSS is the push's alone).
import { loadGraph } from '../src/load/load-graph.js';
import { openStore } from '../src/store/open-store.js';
import { pushGraph } from '../src/store/push.js';

const [dir, endpoint, graphIri] = process.argv.slice(2);
if (!dir || !endpoint || !graphIri) throw new Error('claimgraph/bench: usage: store-push-child <dir> <endpoint> <graph>');
const loadStart = performance.now();
const graph = loadGraph(dir);
const loadMs = performance.now() - loadStart;
const rssAfterLoad = process.memoryUsage().rss;
const { client } = openStore({ endpoint, graph: graphIri, limits: { timeoutMs: 600_000 } });
// RSS after each batch is stored: flat memory means the last batches hold no more than the first.
const rssByBatch: number[] = [];
const result = await pushGraph(client, graph, { dataDir: dir, onProgress: () => void rssByBatch.push(process.memoryUsage().rss) });
const at = (fraction: number) => rssByBatch[Math.min(rssByBatch.length - 1, Math.floor(fraction * rssByBatch.length))] ?? 0;
process.stdout.write(
  JSON.stringify({
    elements: graph.order + graph.size,
    loadMs,
    rssAfterLoad,
    rssAtTenth: at(0.1),
    rssAtHalf: at(0.5),
    rssAtEnd: at(1),
    rssMaxSending: Math.max(...rssByBatch),
    peakRss: process.resourceUsage().maxRSS * 1024,
    ...result,
  }) + '\n',
);
