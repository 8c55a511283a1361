// The typed graphology graph that a loaded dataset becomes.
import { MultiDirectedGraph } from 'graphology';
import type { DatasetMeta, GraphEdge, GraphNode } from './schema.js';

/** Node attributes are the validated node record; edge attributes the validated edge record. */
export type ClaimGraph = MultiDirectedGraph<GraphNode, GraphEdge, DatasetMeta>;

export function createClaimGraph(meta: DatasetMeta): ClaimGraph {
  const graph: ClaimGraph = new MultiDirectedGraph<GraphNode, GraphEdge, DatasetMeta>({ allowSelfLoops: false });
  useDictionaryAdjacency(graph);
  graph.replaceAttributes(meta);
  return graph;
}

/** graphology's per-node record: its `in` and `out` objects map neighbour ids to edges. */
interface NodeData {
  in: Record<string, unknown>;
  out: Record<string, unknown>;
  clear(): void;
}
type NodeDataClass = new (key: string, attributes: unknown) => NodeData;

/** An empty object that V8 keeps in dictionary mode: deleting a property that is not the last one added normalises it. */
function dictionary(): Record<string, unknown> {
  const object: Record<string, unknown> = { a: 0, b: 0 };
  delete object.a;
  delete object.b;
  return object;
}

/**
 * graphology keeps each node's neighbours in plain objects keyed by neighbour id. V8 gives every object a hidden class
 * per sequence of property names it receives, so a graph whose nodes have many distinct neighbour ids builds millions of
 * hidden classes: at a million elements that was a third of load time (bench/results.md). Starting these objects in
 * dictionary mode avoids it. graphology 0.26 creates node records through its writable `NodeDataClass` property; this
 * swaps in a subclass whose `clear()` (which the constructor calls) makes dictionary objects. Same data, same API; if a
 * graphology release drops that property, test/graph-model.test.ts fails.
 */
export function useDictionaryAdjacency(graph: MultiDirectedGraph): boolean {
  const holder = graph as unknown as { NodeDataClass?: NodeDataClass };
  const Base = holder.NodeDataClass;
  if (typeof Base !== 'function' || typeof Base.prototype.clear !== 'function') return false;
  class DictionaryNodeData extends Base {
    override clear(): void {
      super.clear();
      this.in = dictionary();
      this.out = dictionary();
    }
  }
  holder.NodeDataClass = DictionaryNodeData;
  return true;
}
