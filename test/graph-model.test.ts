// The graph a dataset becomes: graphology's MultiDirectedGraph with its neighbour objects in dictionary mode.
import { MultiDirectedGraph } from 'graphology';
import { expect, it } from 'vitest';
import { createClaimGraph, useDictionaryAdjacency } from '../src/model/graph.js';

it('adjacency objects start in dictionary mode: graphology still offers the hook, and the graph behaves as before', () => {
  // The hook is graphology's writable NodeDataClass; if a release drops it, this fails instead of loads silently slowing.
  expect(useDictionaryAdjacency(new MultiDirectedGraph())).toBe(true);
  const graph = createClaimGraph({ title: 't' });
  expect((graph as unknown as { NodeDataClass: { name: string } }).NodeDataClass.name).toBe('DictionaryNodeData');
  graph.addNode('claim:a', { kind: 'claim', id: 'claim:a', label: 'a', brief: 'brief:t', text: 'a', role: 'finding' });
  graph.addNode('claim:b', { kind: 'claim', id: 'claim:b', label: 'b', brief: 'brief:t', text: 'b', role: 'answer' });
  graph.addNode('source:1', { kind: 'source', id: 'source:1', label: '1', brief: 'brief:t', citation: '1', type: 'other', identification: 'stated' });
  graph.addDirectedEdgeWithKey('e1', 'source:1', 'claim:a', { kind: 'supports', from: 'source:1', to: 'claim:a' , basis: 'inferred', note: 'n' });
  graph.addDirectedEdgeWithKey('e2', 'claim:a', 'claim:b', { kind: 'supports', from: 'claim:a', to: 'claim:b' , basis: 'inferred', note: 'n' });
  graph.addDirectedEdgeWithKey('e3', 'claim:a', 'claim:b', { kind: 'qualifies', from: 'claim:a', to: 'claim:b' , basis: 'inferred', note: 'n' });
  expect(graph.inNeighbors('claim:a')).toEqual(['source:1']);
  expect(graph.outEdges('claim:a').sort()).toEqual(['e2', 'e3']);
  expect(graph.edges('claim:a', 'claim:b').sort()).toEqual(['e2', 'e3']);
  graph.dropEdge('e2');
  expect(graph.outEdges('claim:a')).toEqual(['e3']);
  graph.dropNode('source:1');
  expect(graph.inDegree('claim:a')).toBe(0);
  graph.clear();
  expect(graph.order).toBe(0);
});
