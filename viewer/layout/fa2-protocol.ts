// Messages between the page and the ForceAtlas2 worker.

export interface Fa2Request {
  /** x, y of each node, in `nodeIds` order on the page side. */
  positions: Float64Array;
  /** Pairs of node indices. */
  edges: Uint32Array;
  iterations: number;
  /** Iterations between two progress messages. */
  chunk: number;
}

export type Fa2Message = { type: 'progress'; done: number; total: number; positions: Float64Array } | { type: 'done'; positions: Float64Array } | { type: 'error'; message: string };
