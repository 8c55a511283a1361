// Web worker: runs ForceAtlas2 for a fixed number of iterations from seeded positions, posting positions as it goes.
// A fixed start and count make the result reproducible; running here keeps the page responsive.
import { UndirectedGraph } from 'graphology';
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { Fa2Message, Fa2Request } from './fa2-protocol.js';

/** The package is CommonJS; its typings declare an ES default export, so TypeScript and the bundler disagree on the shape. */
interface ForceAtlas2 {
  assign(graph: UndirectedGraph, params: { iterations: number; settings: ForceAtlas2Settings }): void;
  inferSettings(graph: UndirectedGraph): ForceAtlas2Settings;
}
const forceAtlas2 = forceAtlas2Module.default as unknown as ForceAtlas2;

const post = (message: Fa2Message, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<Fa2Request>) => {
  try {
    const { positions, edges, iterations, chunk } = event.data;
    const graph = new UndirectedGraph();
    const count = positions.length / 2;
    for (let i = 0; i < count; i++) graph.addNode(i, { x: positions[2 * i], y: positions[2 * i + 1] });
    for (let i = 0; i < edges.length; i += 2) if (edges[i] !== edges[i + 1]) graph.mergeEdge(edges[i], edges[i + 1]);
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: count > 1000 };
    const snapshot = () => {
      const out = new Float64Array(count * 2);
      graph.forEachNode((node, attributes) => {
        const i = Number(node);
        out[2 * i] = attributes.x;
        out[2 * i + 1] = attributes.y;
      });
      return out;
    };
    for (let done = 0; done < iterations; ) {
      const step = Math.min(chunk, iterations - done);
      forceAtlas2.assign(graph, { iterations: step, settings });
      done += step;
      const out = snapshot();
      post(done < iterations ? { type: 'progress', done, total: iterations, positions: out } : { type: 'done', positions: out }, [out.buffer]);
    }
    if (iterations === 0) post({ type: 'done', positions: snapshot() });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
