// Computes node positions for a named layout: the evidence flow (synchronous, pure) or ForceAtlas2 (in a web worker).
import type { ClaimGraph } from '../../src/model/graph.js';
import type { Position } from '../../src/layout/evidence-flow.js';
import type { LayoutName } from '../state/view-state.js';
import type { Fa2Message, Fa2Request } from './fa2-protocol.js';

export interface LayoutRun {
  /** Resolves with the final positions (or rejects if the worker fails). */
  done: Promise<Map<string, Position>>;
  cancel(): void;
}

/**
 * Up to this many nodes the graph moves while ForceAtlas2 runs; above it, only the progress is shown and the graph
 * moves once at the end, since redrawing tens of thousands of edges per step costs the main thread a frame each time.
 */
export const LIVE_LAYOUT_MAX_NODES = 2000;

/** Iterations for ForceAtlas2: enough to settle small graphs, bounded for large ones. */
export function fa2Iterations(order: number): number {
  return order <= 500 ? 400 : order <= 5000 ? 200 : 100;
}

/** Runs `name`; `flow` is the graph's evidence-flow layout, which is also ForceAtlas2's seeded start. */
export function runLayout(
  graph: ClaimGraph,
  name: LayoutName,
  flow: Map<string, Position>,
  onProgress: (positions: Map<string, Position>, done: number, total: number) => void,
): LayoutRun {
  if (name === 'flow') return { done: Promise.resolve(flow), cancel: () => {} };

  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const positions = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = flow.get(id)!;
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  const edges = new Uint32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_key, _attributes, source, target) => {
    edges[e++] = index.get(source)!;
    edges[e++] = index.get(target)!;
  });
  const toMap = (array: Float64Array) => new Map(ids.map((id, i) => [id, { x: array[2 * i]!, y: array[2 * i + 1]! }]));
  const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
  const total = fa2Iterations(ids.length);
  const done = new Promise<Map<string, Position>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Fa2Message>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(toMap(message.positions), message.done, message.total);
      else if (message.type === 'done') {
        worker.terminate();
        resolve(toMap(message.positions));
      } else {
        worker.terminate();
        reject(new Error(`claimgraph/viewer: ForceAtlas2 failed: ${message.message}`));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`claimgraph/viewer: ForceAtlas2 worker failed: ${event.message}`));
    };
  });
  const request: Fa2Request = { positions, edges, iterations: total, chunk: Math.max(5, Math.round(total / 20)) };
  worker.postMessage(request, [positions.buffer, edges.buffer]);
  return { done, cancel: () => worker.terminate() };
}
