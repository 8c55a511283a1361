// GraphML for Gephi, NetworkX, Cytoscape and yEd: every node and edge field as a typed <data> value, written by hand (graphology-graphml only parses).
import type { ClaimGraph } from '../../model/graph.js';
import { xmlEscape } from '../escape.js';
import { sortedEdges, sortedNodes } from '../order.js';
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

export const graphmlFormat: ExportFormat = {
  id: 'graphml',
  title: 'GraphML',
  use: 'Gephi, NetworkX, Cytoscape, yEd',
  extension: 'graphml',
  mediaType: 'application/graphml+xml',
  write(graph: ClaimGraph) {
    const graphFields = scalarFields('graphml', 'the dataset', pick(graph.getAttributes(), GRAPH_FIELD_ORDER), GRAPH_FIELD_ORDER, new Set());
    const nodes = sortedNodes(graph).map((node) => ({ node, fields: scalarFields('graphml', `node "${node.id}"`, node, NODE_FIELD_ORDER, NODE_IDENTITY) }));
    const edges = sortedEdges(graph).map(({ key, edge }) => ({ key, fields: scalarFields('graphml', `edge "${key}"`, edge, EDGE_FIELD_ORDER, EDGE_IDENTITY) }));
    const keys = {
      graph: keysFor('graph', fieldTypes('graphml', 'dataset', [graphFields]), GRAPH_FIELD_ORDER),
      node: keysFor('node', fieldTypes('graphml', 'node', nodes.map((n) => n.fields)), NODE_FIELD_ORDER),
      edge: keysFor('edge', fieldTypes('graphml', 'edge', edges.map((e) => e.fields)), EDGE_FIELD_ORDER),
    };
    const data = (domain: keyof typeof keys, fields: [string, Scalar][], indent: string) =>
      fields.map(([name, value]) => `${indent}<data key="${xmlEscape(keys[domain].get(name)!.id)}">${text(value)}</data>`);

    const out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ];
    for (const domain of ['graph', 'node', 'edge'] as const) {
      for (const key of keys[domain].values()) {
        out.push(`  <key id="${xmlEscape(key.id)}" for="${domain}" attr.name="${xmlEscape(key.name)}" attr.type="${key.type}"/>`);
      }
    }
    out.push('  <graph edgedefault="directed">', ...data('graph', graphFields, '    '));
    for (const { node, fields } of nodes) {
      out.push(`    <node id="${xmlId('node', node.id)}">`, ...data('node', fields, '      '), '    </node>');
    }
    for (const { key, fields } of edges) {
      out.push(
        `    <edge id="${xmlId('edge', key)}" source="${xmlId('node', graph.source(key))}" target="${xmlId('node', graph.target(key))}">`,
        ...data('edge', fields, '      '),
        '    </edge>',
      );
    }
    out.push('  </graph>', '</graphml>');
    return out.join('\n') + '\n';
  },
};
