// GraphML for Gephi, NetworkX, Cytoscape and yEd: every node and edge field as a typed <data> value, written by hand (graphology-graphml only parses).
import type { ClaimGraph } from '../../model/graph.js';
import { xmlEscape } from '../escape.js';
import { joinChunks, mapped, streamLines } from '../chunks.js';
import { sortedEdges, sortedNodes, type KeyedEdge } from '../order.js';
import type { GraphNode } from '../../model/schema.js';
import type { ExportFormat } from '../types.js';
import { checkXmlId, EDGE_FIELD_ORDER, EDGE_IDENTITY, fieldTypes, GRAPH_FIELD_ORDER, inFieldOrder, NODE_FIELD_ORDER, NODE_IDENTITY, pick, scalarFields, type Scalar, type ScalarType } from '../fields.js';

const xmlId = (what: string, id: string) => xmlEscape(checkXmlId('graphml', what, id));

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

interface Key {
  id: string;
  name: string;
  type: ScalarType;
}

/** <key> declarations of one domain, in field order; readable ids (`n_label`) where the field name is an XML name. */
function keysFor(domain: 'graph' | 'node' | 'edge', types: Map<string, ScalarType>, order: readonly string[]): Map<string, Key> {
  const prefix = domain[0]!;
  const names = inFieldOrder(types.keys(), order);
  return new Map(names.map((name, i) => [name, { id: NAME.test(name) ? `${prefix}_${name}` : `${prefix}${i}`, name, type: types.get(name)! }]));
}

const text = (value: Scalar) => xmlEscape(String(value));

/**
 * The document line by line. Keys (one type per field) need every record: a first pass computes the types and keeps
 * nothing, a second writes the records.
 */
function* graphmlLines(graph: ClaimGraph): Generator<string> {
  const graphFields = scalarFields('graphml', 'the dataset', pick(graph.getAttributes(), GRAPH_FIELD_ORDER), GRAPH_FIELD_ORDER, new Set());
  const nodeFields = (node: GraphNode) => scalarFields('graphml', `node "${node.id}"`, node, NODE_FIELD_ORDER, NODE_IDENTITY);
  const edgeFields = ({ key, edge }: KeyedEdge) => scalarFields('graphml', `edge "${key}"`, edge, EDGE_FIELD_ORDER, EDGE_IDENTITY);
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const keys = {
    graph: keysFor('graph', fieldTypes('graphml', 'dataset', [graphFields]), GRAPH_FIELD_ORDER),
    node: keysFor('node', fieldTypes('graphml', 'node', mapped(nodes, nodeFields)), NODE_FIELD_ORDER),
    edge: keysFor('edge', fieldTypes('graphml', 'edge', mapped(edges, edgeFields)), EDGE_FIELD_ORDER),
  };
  const data = (domain: keyof typeof keys, fields: [string, Scalar][], indent: string) =>
    fields.map(([name, value]) => `${indent}<data key="${xmlEscape(keys[domain].get(name)!.id)}">${text(value)}</data>`);

  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';
  for (const domain of ['graph', 'node', 'edge'] as const) {
    for (const key of keys[domain].values()) {
      yield `  <key id="${xmlEscape(key.id)}" for="${domain}" attr.name="${xmlEscape(key.name)}" attr.type="${key.type}"/>`;
    }
  }
  yield '  <graph edgedefault="directed">';
  yield* data('graph', graphFields, '    ');
  for (const node of nodes) {
    yield `    <node id="${xmlId('node', node.id)}">`;
    yield* data('node', nodeFields(node), '      ');
    yield '    </node>';
  }
  for (const keyed of edges) {
    const { key } = keyed;
    yield `    <edge id="${xmlId('edge', key)}" source="${xmlId('node', graph.source(key))}" target="${xmlId('node', graph.target(key))}">`;
    yield* data('edge', edgeFields(keyed), '      ');
    yield '    </edge>';
  }
  yield '  </graph>';
  yield '</graphml>';
}

export const graphmlFormat: ExportFormat = {
  id: 'graphml',
  title: 'GraphML',
  use: 'Gephi, NetworkX, Cytoscape, yEd',
  extension: 'graphml',
  mediaType: 'application/graphml+xml',
  write: (graph) => joinChunks(streamLines(graphmlLines(graph))),
  stream: (graph) => streamLines(graphmlLines(graph)),
};
