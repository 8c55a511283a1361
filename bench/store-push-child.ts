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
const result = await pushGraph(client, graph, { dataDir: dir });
process.stdout.write(
  JSON.stringify({ elements: graph.order + graph.size, loadMs, rssAfterLoad, peakRss: process.resourceUsage().maxRSS * 1024, ...result }) + '\n',
);
