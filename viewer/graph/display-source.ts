// What the graph view draws and how each node and edge looks: a claim graph by kind (styles.ts), or another graph
// (the corpus overview) that says its own sizes and colours.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { ClaimGraph } from '../../src/model/graph.js';
import { ANSWER_SIZE, EDGE_STYLE, NODE_STYLE } from './styles.js';

export interface NodeLook {
  label: string;
  kind: string;
  shape: string;
  color: string;
  /** Radius in sigma's size units (screen pixels at rest). */
  size: number;
  /** The answer claim (or an overview's most shared works): its label ranks before others. */
  answer: boolean;
  /** Its label may cover other nodes (never a label), so it shows even in a crowd. */
  labelOverNodes?: boolean;
}

export interface EdgeLook {
  kind: string;
  /** Sigma's colour (an inferred edge's fainter). */
  color: string;
  /** The highlight layer's colour, opaque. */
  highlight: string;
  size: number;
  /** Dashed on the highlight layer and in figures. */
  inferred: boolean;
}

export interface DisplaySource {
  /** The graph whose nodes and edges are drawn: the view's ids are its ids. */
  graph: AbstractGraph<Attributes, Attributes, Attributes>;
  node(id: string): NodeLook;
  edge(id: string): EdgeLook;
}

/** An inferred edge in sigma's picture: its kind's colour at about 55% opacity (hex alpha), so the brief's word stands out. */
const INFERRED_ALPHA = '8C';

/** A claim graph as the viewer has always drawn it: by kind, the answer larger, nodes smaller on large graphs. */
export function claimGraphSource(graph: ClaimGraph): DisplaySource {
  // Large graphs get smaller nodes so the picture is not a solid block.
  const scale = graph.order <= 300 ? 1 : Math.max(0.3, Math.sqrt(300 / graph.order));
  return {
    graph: graph as unknown as DisplaySource['graph'],
    node(id) {
      const node = graph.getNodeAttributes(id);
      const style = NODE_STYLE[node.kind];
      const answer = node.kind === 'claim' && node.role === 'answer';
      return { label: node.label, kind: node.kind, shape: style.shape, color: style.color, size: (answer ? ANSWER_SIZE : style.size) * scale, answer };
    },
    edge(id) {
      const attributes = graph.getEdgeAttributes(id);
      const style = EDGE_STYLE[attributes.kind];
      const inferred = (attributes as { basis?: unknown }).basis === 'inferred';
      return { kind: attributes.kind, color: inferred ? style.color + INFERRED_ALPHA : style.color, highlight: style.color, size: style.size, inferred };
    },
  };
}
