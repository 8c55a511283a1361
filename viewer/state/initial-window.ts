// Large graphs open on a window: the nodes a selection needs (its highlight and its neighbours), not all of them.
import type { ClaimGraph } from '../../src/model/graph.js';
import type { Highlight } from './selection-highlight.js';

/**
 * Above this many nodes the viewer shows a window on the graph that grows as one selects, instead of the whole: with
 * software WebGL one render of 4,000 nodes and 16,000 edges takes over 2 s (bench/results.md, section 6).
 */
export const WINDOW_ABOVE_NODES = 2000;
/** At most this many neighbours of a selected node join the window. */
export const MAX_WINDOW_NEIGHBOURS = 200;

/** The selection, what it highlights, and its neighbours (capped). */
export function windowFor(graph: ClaimGraph, id: string, highlight: Highlight | null): Set<string> {
  const nodes = new Set<string>([id, ...(highlight?.nodes ?? [])]);
  let added = 0;
  graph.forEachNeighbor(id, (neighbour) => {
    if (added >= MAX_WINDOW_NEIGHBOURS || nodes.has(neighbour)) return;
    nodes.add(neighbour);
    added++;
  });
  // The question the answer answers keeps its place at the right of the picture.
  graph.forEachOutNeighbor(id, (neighbour, attributes) => {
    if (attributes.kind === 'question') nodes.add(neighbour);
  });
  return nodes;
}
