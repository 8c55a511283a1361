// The native dataset format: what `loadGraph` reads back to an identical graph; nodes by id and edges by key, so the same graph gives the same bytes.
import type { ClaimGraph } from '../../model/graph.js';
import { joinChunks, prettyJsonChunks, StreamedArray } from '../chunks.js';
import { sortedEdges, sortedNodes } from '../order.js';
import type { ExportFormat, TextChunks } from '../types.js';

/** `JSON.stringify({ dataset, nodes, edges }, null, 2)`, each node and edge stringified as it is written. */
function jsonChunks(graph: ClaimGraph): TextChunks {
  const edges = function* () {
    for (const { edge } of sortedEdges(graph)) yield edge;
  };
  return prettyJsonChunks({ dataset: { ...graph.getAttributes() }, nodes: new StreamedArray(sortedNodes(graph)), edges: new StreamedArray(edges()) });
}

export const jsonFormat: ExportFormat = {
  id: 'json',
  title: 'claimgraph JSON dataset',
  use: 'claimgraph itself (loadGraph, the viewer)',
  extension: 'json',
  mediaType: 'application/json',
  write(graph) {
    return joinChunks(jsonChunks(graph));
  },
  stream: (graph) => jsonChunks(graph),
};
