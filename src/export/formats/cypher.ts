// A Cypher import script for Neo4j (`cypher-shell -f`): idempotent MERGEs keyed by node id and edge key, every string
// from the data written as an escaped Cypher literal, every name from the schema's tables.
import type { ClaimGraph } from '../../model/graph.js';
import { LONE_SURROGATE } from '../escape.js';
import { EDGE_FIELD_ORDER, EDGE_IDENTITY, NODE_FIELD_ORDER, NODE_IDENTITY, scalarFields, type Scalar } from '../fields.js';
import { COMMON_LABEL, nodeLabel, relationshipType } from '../neo4j-names.js';
import { sortedEdges, sortedNodes } from '../order.js';
import { joinChunks, streamLines } from '../chunks.js';
import type { ExportFormat } from '../types.js';

const ESCAPES: Record<string, string> = { "'": "\\'", '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** What a Cypher string literal must escape: quote, backslash, control characters, lone surrogate halves. */
const CYPHER_SPECIAL = new RegExp(`['\\\\\\u0000-\\u001f\\u007f]|${LONE_SURROGATE.source}`, 'g');

/**
 * A single-quoted Cypher string: quote and backslash escaped, line ends and tabs as \n \r \t, other control characters
 * and lone surrogate halves as \uXXXX. Everything else (non-ASCII, emoji) is written as it is, in UTF-8.
 */
export function cypherString(text: string): string {
  const escaped = text.replace(CYPHER_SPECIAL, (c) =>
    ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

/** A property name in backticks (backticks doubled), so no field name can end the identifier. */
const name = (field: string) => `\`${field.replace(/`/g, '``')}\``;

const literal = (value: Scalar) => (typeof value === 'string' ? cypherString(value) : String(value));
const map = (fields: [string, Scalar][]) => `{${fields.map(([field, value]) => `${name(field)}: ${literal(value)}`).join(', ')}}`;

export const cypherFormat: ExportFormat = {
  id: 'cypher',
  title: 'Cypher script',
  use: 'Neo4j (cypher-shell -f FILE); re-running it changes nothing',
  extension: 'cypher',
  mediaType: 'application/x-cypher-query',
  write: (graph) => joinChunks(streamLines(cypherLines(graph))),
  stream: (graph) => streamLines(cypherLines(graph)),
};

/** The cypher text line by line (each line written as it is made). */
function* cypherLines(graph: ClaimGraph): Generator<string> {
  const title = graph.getAttribute('title');
  yield* [
    // A comment ends at a line break: every control or separator character of the title becomes a space.
    `// claimgraph export${title ? `: ${title.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')}` : ''}`,
    `CREATE CONSTRAINT claimgraph_node_id IF NOT EXISTS FOR (n:${COMMON_LABEL}) REQUIRE n.id IS UNIQUE;`,
  ];
  for (const node of sortedNodes(graph)) {
    const fields = scalarFields('cypher', `node "${node.id}"`, node, NODE_FIELD_ORDER, NODE_IDENTITY);
    yield `MERGE (n:${COMMON_LABEL} {id: ${cypherString(node.id)}}) SET n:${nodeLabel(node.kind)}, n += ${map(fields)};`;
  }
  for (const { key, edge } of sortedEdges(graph)) {
    const fields = scalarFields('cypher', `edge "${key}"`, edge, EDGE_FIELD_ORDER, EDGE_IDENTITY);
    yield* [
      `MATCH (a:${COMMON_LABEL} {id: ${cypherString(graph.source(key))}}), (b:${COMMON_LABEL} {id: ${cypherString(graph.target(key))}}) ` +
        `MERGE (a)-[r:${relationshipType(edge.kind)} {key: ${cypherString(key)}}]->(b) SET r += ${map(fields)};`,
    ];
  }
}
