// Plain summaries of nodes and edges that query results carry, so callers never need graphology.
import type { ClaimGraph } from '../model/graph.js';
import { naturalCompare } from '../model/natural-order.js';
import type { EdgeBasis, EdgeKind, GraphNode, NodeKind, SourceNode } from '../model/schema.js';

export interface NodeRef {
  id: string;
  kind: NodeKind;
  label: string;
}

export interface SourceRef extends NodeRef {
  kind: 'source';
  /** The brief whose marker it is. */
  brief: string;
  citation: string;
  type: SourceNode['type'];
  identification: SourceNode['identification'];
}

/** One edge of a path, with the provenance it carries. */
export interface Step {
  edge: string;
  kind: EdgeKind;
  from: string;
  to: string;
  /** quoted: the dataset's document states it; inferred: the curator draws it (see `note`). */
  basis: EdgeBasis;
  quote?: string;
  /** The document the quote is from, when it is not the brief. */
  document?: string;
  section?: string;
  note?: string;
}

export function nodeRef(graph: ClaimGraph, id: string): NodeRef {
  const node = graph.getNodeAttributes(id);
  return { id: node.id, kind: node.kind, label: node.label };
}

export function sourceRef(node: SourceNode): SourceRef {
  return { id: node.id, kind: 'source', label: node.label, brief: node.brief, citation: node.citation, type: node.type, identification: node.identification };
}

export function stepOf(graph: ClaimGraph, edge: string): Step {
  const e = graph.getEdgeAttributes(edge);
  const step: Step = { edge, kind: e.kind, from: e.from, to: e.to, basis: e.basis };
  if (e.quote !== undefined) step.quote = e.quote;
  if (e.document !== undefined) step.document = e.document;
  if (e.section !== undefined) step.section = e.section;
  if (e.note !== undefined) step.note = e.note;
  return step;
}

/** Checks that `id` is a node of `kind`; the error names the module asking. */
export function expectNode<K extends NodeKind>(graph: ClaimGraph, id: string, kind: K, module: string): Extract<GraphNode, { kind: K }> {
  if (typeof id !== 'string') throw new TypeError(`claimgraph/${module}: expected a node id, got ${typeof id}`);
  if (!graph.hasNode(id)) throw new Error(`claimgraph/${module}: no node "${id}" in the graph`);
  const node = graph.getNodeAttributes(id);
  if (node.kind !== kind) throw new Error(`claimgraph/${module}: "${id}" is a ${node.kind}, not a ${kind}`);
  return node as Extract<GraphNode, { kind: K }>;
}

/** By brief, then natural order of citations ("2" before "10"), then ids. */
export function compareCitations(a: SourceRef, b: SourceRef): number {
  return (a.brief < b.brief ? -1 : a.brief > b.brief ? 1 : 0) || naturalCompare(a.citation, b.citation) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
