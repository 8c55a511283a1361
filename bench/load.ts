// Figure 1: load + validate a dataset (loadGraph: read, JSON.parse, zod per element, every check, the graphology graph)
// against the floor no loader can beat, JSON.parse of the same bytes; and the graph-building floor for scale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraph } from '../src/load/load-graph.js';
import { createClaimGraph } from '../src/model/graph.js';
import type { DatasetFile, GraphEdge, GraphNode } from '../src/model/schema.js';
import { edgeKey } from '../src/model/schema.js';
import { collectGarbage, median, timed } from './measure.js';

export interface LoadFigure {
  elements: number;
  bytes: number;
  parseMs: number;
  loadMs: number;
  /** loadGraph / JSON.parse: the target is ≤ 3 at a million elements. */
  ratio: number;
  /** Adding the already-parsed records to a graphology graph, nothing checked: what graphology itself costs. */
  graphOnlyMs: number;
}

export function measureLoad(dir: string, runs: number): LoadFigure {
  const text = readFileSync(join(dir, 'graph.json'), 'utf8');
  const parse: number[] = [];
  const load: number[] = [];
  const graphOnly: number[] = [];
  let elements = 0;
  for (let run = 0; run < runs; run++) {
    // Each step on its own, with nothing of the others alive: a parsed million-element file left in the heap would
    // slow every garbage collection of the next step.
    collectGarbage();
    parse.push(timed(() => JSON.parse(text) as DatasetFile).ms);
    collectGarbage();
    const loaded = timed(() => loadGraph(dir));
    load.push(loaded.ms);
    elements = loaded.value.order + loaded.value.size;
    loaded.value.clear();
    collectGarbage();
    graphOnly.push(buildUnchecked(JSON.parse(text) as DatasetFile));
  }
  const parseMs = median(parse);
  const loadMs = median(load);
  return { elements, bytes: Buffer.byteLength(text), parseMs, loadMs, ratio: loadMs / parseMs, graphOnlyMs: median(graphOnly) };
}

/** Milliseconds to add parsed records to a graphology graph, with no check at all. */
function buildUnchecked(file: DatasetFile): number {
  return timed(() => {
    const graph = createClaimGraph({ title: 'unchecked' });
    for (const node of file.nodes as GraphNode[]) graph.addNode(node.id, node);
    for (const edge of file.edges as GraphEdge[]) graph.addDirectedEdgeWithKey(edgeKey(edge), edge.from, edge.to, edge);
    return graph.size;
  }).ms;
}
