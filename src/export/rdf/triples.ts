// A graph as RDF triples in the vocabulary of ./vocabulary.ts, sorted, so Turtle and JSON-LD are two spellings of one list.
import type { ClaimGraph } from '../../model/graph.js';
import type { GraphEdge, GraphNode } from '../../model/schema.js';
import { LONE_SURROGATE } from '../escape.js';
import { sortedEdges, sortedNodes } from '../order.js';
import {
  DATASET_IRI,
  expand,
  DOCUMENT_BASE,
  EDGE_BASE,
  EDGE_FIELD_TERM,
  EDGE_PREDICATE,
  NODE_BASE,
  NODE_CLASS,
  NODE_FIELD_TERM,
  type CompactIri,
  type EdgeField,
  type NodeField,
} from './vocabulary.js';

/** An IRI (always in full) or a literal (a plain string unless it has a datatype). */
export type RdfObject = { iri: string } | { literal: string; datatype?: CompactIri };

export interface Triple {
  subject: string;
  predicate: CompactIri;
  object: RdfObject;
}

/**
 * A string as RDF can hold it: lone surrogate halves (which no UTF-8 file can carry) become U+FFFD; everything else,
 * control characters included, stays (each syntax escapes what it must).
 */
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

export const nodeIri = (id: string) => NODE_BASE + id;
/** Edge keys are free text (`source:1 -supports-> claim:x`, or a curator's id): percent-encoded into the IRI. */
export const edgeIri = (key: string) => EDGE_BASE + iriSegment(key);
export const documentIri = (path: string) => DOCUMENT_BASE + iriSegment(path);

/**
 * Free text as one IRI segment, one to one: percent-encoded UTF-8, except that a lone surrogate half (which has no UTF-8)
 * is written `~uD800` and a `~` as `~~` first, so two different keys never share an IRI.
 */
function iriSegment(text: string): string {
  const safe = text.replace(/~/g, '~~').replace(LONE_SURROGATE, (c) => `~u${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return encodeURIComponent(safe);
}

/**
 * A field's value as a literal: strings and numbers as they are (with the field's datatype); a list or an object, which
 * no plain literal holds, as its JSON with the datatype rdf:JSON, so it reads back unchanged (src/export/rdf/read-triples.ts).
 */
function literal(value: unknown, datatype?: CompactIri): RdfObject {
  if (typeof value === 'object' && value !== null) return { literal: wellFormed(JSON.stringify(value)), datatype: 'rdf:JSON' };
  return datatype ? { literal: wellFormed(String(value)), datatype } : { literal: wellFormed(String(value)) };
}

/** A term of the vocabulary as an object. */
const term = (name: CompactIri): RdfObject => ({ iri: expand(name) });

export function graphTriples(graph: ClaimGraph): Triple[] {
  return [...eachTriple(graph, 'sorted')];
}

/** More triples about an element, from a caller that keeps more than the exports do (the store: each one's place). */
export interface TripleHooks {
  node?(subject: string, index: number): Iterable<Triple>;
  edge?(statement: string, index: number): Iterable<Triple>;
  document?(subject: string, index: number, path: string): Iterable<Triple>;
}

/**
 * The graph's triples, one at a time: the dataset, its documents, then each node and each edge. `sorted` lists nodes by
 * id and edges by key (the exports: the same graph gives the same bytes); `graph` keeps the graph's own order and copies
 * nothing (the store push, which streams a million elements).
 */
export function* eachTriple(graph: ClaimGraph, order: 'sorted' | 'graph', hooks: TripleHooks = {}): Generator<Triple> {
  const t = (subject: string, predicate: CompactIri, object: RdfObject): Triple => ({ subject, predicate, object });
  const meta = graph.getAttributes();
  const brief = meta.documents?.find((d) => d.role === 'brief');
  const briefIri = brief ? documentIri(brief.path) : undefined;

  yield t(DATASET_IRI, 'rdf:type', term('schema:Dataset'));
  yield t(DATASET_IRI, 'rdf:type', term('prov:Entity'));
  if (meta.title) yield t(DATASET_IRI, 'schema:name', literal(meta.title));
  if (meta.description) yield t(DATASET_IRI, 'schema:description', literal(meta.description));
  for (const [index, document] of (meta.documents ?? []).entries()) {
    const iri = documentIri(document.path);
    yield t(iri, 'rdf:type', term('schema:CreativeWork'));
    yield t(iri, 'schema:name', literal(document.title));
    yield t(iri, 'cg:path', literal(document.path));
    yield t(iri, 'cg:documentRole', literal(document.role));
    yield t(DATASET_IRI, 'prov:wasDerivedFrom', { iri });
    if (hooks.document) yield* hooks.document(iri, index, document.path);
  }

  function* nodeTriples(node: GraphNode, index: number): Generator<Triple> {
    const subject = nodeIri(node.id);
    yield t(subject, 'rdf:type', term(NODE_CLASS[node.kind]));
    yield t(subject, 'cg:id', literal(node.id));
    yield t(subject, 'schema:isPartOf', { iri: DATASET_IRI });
    // Fields in the vocabulary's order, not the file's, so key order in the data never changes the output.
    for (const name of Object.keys(NODE_FIELD_TERM) as NodeField[]) {
      const value = (node as Partial<Record<NodeField, unknown>>)[name];
      if (value !== undefined) yield t(subject, NODE_FIELD_TERM[name].predicate, literal(value, NODE_FIELD_TERM[name].datatype));
    }
    if ('quote' in node && node.quote !== undefined && briefIri) yield t(subject, 'prov:wasQuotedFrom', { iri: briefIri });
    if (hooks.node) yield* hooks.node(subject, index);
  }

  function* edgeTriples(key: string, edge: GraphEdge, index: number): Generator<Triple> {
    const from = nodeIri(edge.from);
    const to = nodeIri(edge.to);
    const predicate = EDGE_PREDICATE[edge.kind];
    yield t(from, predicate, { iri: to });
    if (graph.getNodeAttribute(edge.from, 'kind') === 'source' && (edge.kind === 'supports' || edge.kind === 'documents')) {
      yield t(to, 'cito:citesAsEvidence', { iri: from });
    }
    // The edge itself, reified, carries its key and provenance.
    const statement = edgeIri(key);
    yield t(statement, 'rdf:type', term('rdf:Statement'));
    yield t(statement, 'rdf:subject', { iri: from });
    yield t(statement, 'rdf:predicate', term(predicate));
    yield t(statement, 'rdf:object', { iri: to });
    yield t(statement, 'cg:key', literal(key));
    yield t(statement, 'cg:edgeKind', literal(edge.kind));
    for (const name of Object.keys(EDGE_FIELD_TERM) as EdgeField[]) {
      const value = (edge as Partial<Record<EdgeField, unknown>>)[name];
      if (value !== undefined) yield t(statement, EDGE_FIELD_TERM[name].predicate, literal(value, EDGE_FIELD_TERM[name].datatype));
    }
    if (edge.quote !== undefined && briefIri) yield t(statement, 'prov:wasQuotedFrom', { iri: briefIri });
    if (hooks.edge) yield* hooks.edge(statement, index);
  }

  if (order === 'sorted') {
    for (const [i, node] of sortedNodes(graph).entries()) yield* nodeTriples(node, i);
    for (const [i, { key, edge }] of sortedEdges(graph).entries()) yield* edgeTriples(key, edge, i);
  } else {
    let i = 0;
    for (const { attributes } of graph.nodeEntries()) yield* nodeTriples(attributes, i++);
    i = 0;
    for (const { edge, attributes } of graph.edgeEntries()) yield* edgeTriples(edge, attributes, i++);
  }
}

/** Triples grouped by subject, subjects and their triples in the order first seen. */
export function bySubject(triples: readonly Triple[]): Map<string, Triple[]> {
  const groups = new Map<string, Triple[]>();
  for (const triple of triples) {
    const group = groups.get(triple.subject);
    if (group) group.push(triple);
    else groups.set(triple.subject, [triple]);
  }
  return groups;
}
