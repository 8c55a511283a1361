// The native dataset format: what `loadGraph` reads back to an identical graph; nodes by id and edges by key, so the same graph gives the same bytes.
import type { DatasetFile } from '../../model/schema.js';
import { sortedEdges, sortedNodes } from '../order.js';
import type { ExportFormat } from '../types.js';

export const jsonFormat: ExportFormat = {
  id: 'json',
  title: 'claimgraph JSON dataset',
  use: 'claimgraph itself (loadGraph, the viewer)',
  extension: 'json',
  mediaType: 'application/json',
  write(graph) {
    const file: DatasetFile = { dataset: { ...graph.getAttributes() }, nodes: sortedNodes(graph), edges: sortedEdges(graph).map(({ edge }) => edge) };
    return JSON.stringify(file, null, 2) + '\n';
  },
};
