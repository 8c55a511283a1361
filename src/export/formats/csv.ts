// CSV for neo4j-admin import and any tool that reads tables: nodes.csv and edges.csv with typed neo4j-admin headers
// (id:ID, :LABEL, :START_ID, :END_ID, :TYPE, year:int), RFC 4180 quoting. Import with
// `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv --multiline-fields=true`.
import type { ClaimGraph } from '../../model/graph.js';
import { EDGE_FIELD_ORDER, EDGE_IDENTITY, fieldTypes, inFieldOrder, NODE_FIELD_ORDER, NODE_IDENTITY, scalarFields, type Scalar, type ScalarType } from '../fields.js';
import { COMMON_LABEL, nodeLabel, relationshipType } from '../neo4j-names.js';
import { sortedEdges, sortedNodes } from '../order.js';
import type { ExportFormat } from '../types.js';

/** neo4j-admin's type suffixes; a string column has none. */
const SUFFIX: Record<ScalarType, string> = { string: '', int: ':int', long: ':long', double: ':double', boolean: ':boolean' };

/** A CSV field: strings always quoted (so an empty string is not a missing value), quotes doubled; numbers bare. */
export function csvField(value: Scalar | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/"/g, '""')}"`;
}

const row = (cells: string[]) => cells.join(',') + '\n';

/** Column names of the fields present, in schema order, with their neo4j-admin types. */
function columns(types: Map<string, ScalarType>, order: readonly string[]): { field: string; header: string }[] {
  return inFieldOrder(types.keys(), order).map((field) => ({ field, header: `${field.replace(/[:"]/g, '_')}${SUFFIX[types.get(field)!]}` }));
}

export const csvFormat: ExportFormat = {
  id: 'csv',
  title: 'CSV (nodes.csv + edges.csv, neo4j-admin import headers)',
  use: 'Neo4j and other graph databases, spreadsheets',
  extension: 'csv',
  mediaType: 'text/csv',
  multiFile: true,
  write(graph: ClaimGraph) {
    const nodes = sortedNodes(graph).map((node) => ({ node, fields: new Map(scalarFields('csv', `node "${node.id}"`, node, NODE_FIELD_ORDER, NODE_IDENTITY)) }));
    const edges = sortedEdges(graph).map(({ key, edge }) => ({ key, edge, fields: new Map(scalarFields('csv', `edge "${key}"`, edge, EDGE_FIELD_ORDER, EDGE_IDENTITY)) }));
    const nodeColumns = columns(fieldTypes('csv', 'node', nodes.map((n) => [...n.fields])), NODE_FIELD_ORDER);
    const edgeColumns = columns(fieldTypes('csv', 'edge', edges.map((e) => [...e.fields])), EDGE_FIELD_ORDER);

    let nodesCsv = row(['id:ID', ':LABEL', ...nodeColumns.map((c) => c.header)]);
    for (const { node, fields } of nodes) {
      nodesCsv += row([csvField(node.id), csvField(`${COMMON_LABEL};${nodeLabel(node.kind)}`), ...nodeColumns.map((c) => csvField(fields.get(c.field)))]);
    }
    let edgesCsv = row([':START_ID', ':END_ID', ':TYPE', 'key', ...edgeColumns.map((c) => c.header)]);
    for (const { key, edge, fields } of edges) {
      edgesCsv += row([csvField(graph.source(key)), csvField(graph.target(key)), csvField(relationshipType(edge.kind)), csvField(key), ...edgeColumns.map((c) => csvField(fields.get(c.field)))]);
    }
    return [
      { name: 'nodes.csv', content: nodesCsv },
      { name: 'edges.csv', content: edgesCsv },
    ];
  },
};
