// CSV for neo4j-admin import and any tool that reads tables: nodes.csv and edges.csv with typed neo4j-admin headers
// (id:ID, :LABEL, :START_ID, :END_ID, :TYPE, year:int), RFC 4180 quoting. Import with
// `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv --multiline-fields=true`.
import type { ClaimGraph } from '../../model/graph.js';
import { EDGE_FIELD_ORDER, EDGE_IDENTITY, fieldTypes, inFieldOrder, NODE_FIELD_ORDER, NODE_IDENTITY, scalarFields, type Scalar, type ScalarType } from '../fields.js';
import { COMMON_LABEL, nodeLabel, relationshipType } from '../neo4j-names.js';
import type { GraphNode } from '../../model/schema.js';
import { inBlocks, mapped, writeFromStream } from '../chunks.js';
import { sortedEdges, sortedNodes, type KeyedEdge } from '../order.js';
import type { ExportFormat, StreamedFile } from '../types.js';

/** neo4j-admin's type suffixes; a string column has none. */
const SUFFIX: Record<ScalarType, string> = { string: '', int: ':int', long: ':long', double: ':double', boolean: ':boolean' };

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection": a cell starting with = + - @, tab or carriage
 * return) gets a leading apostrophe, which spreadsheets show as nothing and read as "this is text". A value that
 * itself starts with an apostrophe gets one too, so the rule reverses exactly: drop one leading apostrophe.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

/** A CSV field: strings always quoted (so an empty string is not a missing value), quotes doubled, formulas neutralised; numbers bare. */
export function csvField(value: Scalar | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

const row = (cells: string[]) => cells.join(',') + '\n';

/** Column names of the fields present, in schema order, with their neo4j-admin types. */
function columnsOf(types: Map<string, ScalarType>, order: readonly string[]): { field: string; header: string }[] {
  return inFieldOrder(types.keys(), order).map((field) => ({ field, header: `${field.replace(/[:"]/g, '_')}${SUFFIX[types.get(field)!]}` }));
}

export const csvFormat: ExportFormat = {
  id: 'csv',
  title: 'CSV (nodes.csv + edges.csv, neo4j-admin import headers)',
  use: 'Neo4j and other graph databases, spreadsheets',
  extension: 'csv',
  mediaType: 'text/csv',
  multiFile: true,
  write: (graph) => writeFromStream(csvFiles(graph)),
  stream: (graph) => csvFiles(graph),
};

/**
 * nodes.csv and edges.csv, each produced row by row when written. Columns (one type per field) need every record: a
 * first pass computes the types and keeps nothing, the second writes the rows.
 */
function csvFiles(graph: ClaimGraph): StreamedFile[] {
  const nodeFields = (node: GraphNode) => new Map(scalarFields('csv', `node "${node.id}"`, node, NODE_FIELD_ORDER, NODE_IDENTITY));
  const edgeFields = ({ key, edge }: KeyedEdge) => new Map(scalarFields('csv', `edge "${key}"`, edge, EDGE_FIELD_ORDER, EDGE_IDENTITY));
  function* nodeRows(): Generator<string> {
    const nodes = sortedNodes(graph);
    const columns = columnsOf(fieldTypes('csv', 'node', mapped(nodes, (n) => [...nodeFields(n)])), NODE_FIELD_ORDER);
    yield row(['id:ID', ':LABEL', ...columns.map((c) => c.header)]);
    for (const node of nodes) {
      const fields = nodeFields(node);
      yield row([csvField(node.id), csvField(`${COMMON_LABEL};${nodeLabel(node.kind)}`), ...columns.map((c) => csvField(fields.get(c.field)))]);
    }
  }
  function* edgeRows(): Generator<string> {
    const edges = sortedEdges(graph);
    const columns = columnsOf(fieldTypes('csv', 'edge', mapped(edges, (e) => [...edgeFields(e)])), EDGE_FIELD_ORDER);
    yield row([':START_ID', ':END_ID', ':TYPE', 'key', ...columns.map((c) => c.header)]);
    for (const keyed of edges) {
      const { key, edge } = keyed;
      const fields = edgeFields(keyed);
      yield row([csvField(graph.source(key)), csvField(graph.target(key)), csvField(relationshipType(edge.kind)), csvField(key), ...columns.map((c) => csvField(fields.get(c.field)))]);
    }
  }
  return [
    { name: 'nodes.csv', chunks: inBlocks(nodeRows()) },
    { name: 'edges.csv', chunks: inBlocks(edgeRows()) },
  ];
}

