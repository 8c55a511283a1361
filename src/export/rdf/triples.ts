// A graph as RDF triples in the vocabulary of ./vocabulary.ts: sorted and grouped by subject for the exports (Turtle and
// JSON-LD are two spellings of one list), or streamed in the graph's own order for the store.
import { briefOf } from '../../model/brief-of.js';
import type { ClaimGraph } from '../../model/graph.js';
import { authorName } from '../../model/authors.js';
import type { Author, GraphEdge, GraphNode } from '../../model/schema.js';
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
const documentIri = (path: string) => DOCUMENT_BASE + iriSegment(path);

/** The key an edge IRI names (the inverse of edgeIri), or undefined for another IRI. */
export function edgeKeyOfIri(value: string): string | undefined {
  if (!value.startsWith(EDGE_BASE)) return undefined;
  try {
    return decodeURIComponent(value.slice(EDGE_BASE.length)).replace(/~(~|u[0-9A-F]{4})/g, (_m, code: string) => (code === '~' ? '~' : String.fromCharCode(parseInt(code.slice(1), 16))));
  } catch {
    return undefined;
  }
}

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
 * no plain literal holds, as its JSON with the datatype rdf:JSON, so it reads back unchanged (./read-triples.ts).
 */
function literal(value: unknown, datatype?: CompactIri): RdfObject {
  if (typeof value === 'object' && value !== null) return { literal: wellFormed(JSON.stringify(value)), datatype: 'rdf:JSON' };
  return datatype ? { literal: wellFormed(String(value)), datatype } : { literal: wellFormed(String(value)) };
}

/** A term of the vocabulary as an object. */
const term = (name: CompactIri): RdfObject => ({ iri: expand(name) });
const t = (subject: string, predicate: CompactIri, object: RdfObject): Triple => ({ subject, predicate, object });

/**
 * Which document a node's or an edge's quote comes from: its brief's document; for the only brief of a dataset without
 * one, the dataset's first brief document (with several briefs, another brief's text is not where it was quoted from).
 */
type QuotedFrom = (nodeId: string) => string | undefined;

/** The IRI of the document quotes of each brief come from (unless an edge names another document). */
function briefIriOf(graph: ClaimGraph): QuotedFrom {
  const fallback = graph.getAttribute('documents')?.find((d) => d.role === 'brief')?.path;
  const byBrief = new Map<string, string | undefined>();
  let briefs: number | undefined;
  const briefCount = () => (briefs ??= graph.filterNodes((_id, node) => node.kind === 'brief').length);
  return (nodeId) => {
    const node = graph.getNodeAttributes(nodeId);
    const brief = briefOf(node);
    if (brief === undefined || !graph.hasNode(brief)) return fallback === undefined ? undefined : documentIri(fallback);
    if (!byBrief.has(brief)) {
      const own = (graph.getNodeAttributes(brief) as { document?: string }).document;
      const document = own ?? (briefCount() <= 1 ? fallback : undefined);
      byBrief.set(brief, document === undefined ? undefined : documentIri(document));
    }
    return byBrief.get(brief);
  };
}

/** The dataset's own triples. */
function* datasetTriples(graph: ClaimGraph): Generator<Triple> {
  const meta = graph.getAttributes();
  yield t(DATASET_IRI, 'rdf:type', term('schema:Dataset'));
  yield t(DATASET_IRI, 'rdf:type', term('prov:Entity'));
  if (meta.title) yield t(DATASET_IRI, 'schema:name', literal(meta.title));
  if (meta.description) yield t(DATASET_IRI, 'schema:description', literal(meta.description));
  for (const document of meta.documents ?? []) yield t(DATASET_IRI, 'prov:wasDerivedFrom', { iri: documentIri(document.path) });
}

/** A document of the dataset: what it is and where it lies. */
function documentTriples(document: NonNullable<ReturnType<ClaimGraph['getAttributes']>['documents']>[number]): Triple[] {
  const iri = documentIri(document.path);
  return [
    t(iri, 'rdf:type', term('schema:CreativeWork')),
    t(iri, 'schema:name', literal(document.title)),
    t(iri, 'cg:path', literal(document.path)),
    t(iri, 'cg:documentRole', literal(document.role)),
  ];
}

/**
 * A node's own triples: its class, id and fields in the vocabulary's order (not the file's, so key order in the data
 * never changes the output). A source's authors are also written as one schema:author name each, for linked-data
 * readers; the exact list travels in the authors field's own term.
 */
function* nodeTriples(node: GraphNode, quotedFrom: QuotedFrom): Generator<Triple> {
  const subject = nodeIri(node.id);
  yield t(subject, 'rdf:type', term(NODE_CLASS[node.kind]));
  yield t(subject, 'cg:id', literal(node.id));
  yield t(subject, 'schema:isPartOf', { iri: DATASET_IRI });
  for (const name of Object.keys(NODE_FIELD_TERM) as NodeField[]) {
    const value = (node as Partial<Record<NodeField, unknown>>)[name];
    if (value === undefined) continue;
    const { predicate, datatype, datatypeOf } = NODE_FIELD_TERM[name];
    yield t(subject, predicate, literal(value, typeof value === 'string' && datatypeOf ? datatypeOf(value) : datatype));
  }
  if (node.kind === 'work') for (const author of node.authors ?? []) yield t(subject, 'schema:author', literal(authorName(author as Author)));
  // A source is CiTO's citation: its citing entity is its brief (its cited entity, the work, is its refers-to edge).
  if (node.kind === 'source') yield t(subject, 'cito:hasCitingEntity', { iri: nodeIri(node.brief) });
  const briefIri = 'quote' in node && node.quote !== undefined ? quotedFrom(node.id) : undefined;
  if (briefIri) yield t(subject, 'prov:wasQuotedFrom', { iri: briefIri });
}

/** A source's supports or documents edge also says the claim (or obstacle) cites the source as evidence. */
function citesAsEvidence(graph: ClaimGraph, edge: GraphEdge): boolean {
  return graph.getNodeAttribute(edge.from, 'kind') === 'source' && (edge.kind === 'supports' || edge.kind === 'documents');
}

/** The edge as a plain statement between its nodes (and, for evidence, the cito:citesAsEvidence back). */
function* linkTriples(graph: ClaimGraph, edge: GraphEdge): Generator<Triple> {
  yield t(nodeIri(edge.from), EDGE_PREDICATE[edge.kind], { iri: nodeIri(edge.to) });
  if (citesAsEvidence(graph, edge)) yield t(nodeIri(edge.to), 'cito:citesAsEvidence', { iri: nodeIri(edge.from) });
}

/** The edge itself, reified: its key, kind, fields and where its quote comes from. */
function* statementTriples(key: string, edge: GraphEdge, quotedFrom: QuotedFrom): Generator<Triple> {
  const statement = edgeIri(key);
  yield t(statement, 'rdf:type', term('rdf:Statement'));
  yield t(statement, 'rdf:subject', { iri: nodeIri(edge.from) });
  yield t(statement, 'rdf:predicate', term(EDGE_PREDICATE[edge.kind]));
  yield t(statement, 'rdf:object', { iri: nodeIri(edge.to) });
  yield t(statement, 'cg:key', literal(key));
  yield t(statement, 'cg:edgeKind', literal(edge.kind));
  for (const name of Object.keys(EDGE_FIELD_TERM) as EdgeField[]) {
    const value = (edge as Partial<Record<EdgeField, unknown>>)[name];
    if (value !== undefined) yield t(statement, EDGE_FIELD_TERM[name].predicate, literal(value, EDGE_FIELD_TERM[name].datatype));
  }
  // Quoted from its `document` (the research notes, say) when it names one, else from the brief.
  if (edge.quote === undefined) return;
  const from = edge.document !== undefined ? documentIri(edge.document) : (quotedFrom(edge.from) ?? quotedFrom(edge.to));
  if (from) yield t(statement, 'prov:wasQuotedFrom', { iri: from });
}

export function graphTriples(graph: ClaimGraph): Triple[] {
  return [...subjectGroups(graph)].flatMap(([, triples]) => triples);
}

/**
 * The triples grouped by subject, in the order the subjects are first seen (the dataset, its documents, nodes by id,
 * then the edges' statements by key), each group in its triples' order: what `bySubject(graphTriples(graph))` holds,
 * produced one subject at a time so that a big graph never holds all its triples at once. A node's group holds the
 * statements its edges make about it, in edge-key order.
 */
export function* subjectGroups(graph: ClaimGraph): Generator<[string, Triple[]]> {
  const briefIri = briefIriOf(graph);
  yield [DATASET_IRI, [...datasetTriples(graph)]];
  yield* bySubject((graph.getAttribute('documents') ?? []).flatMap(documentTriples));
  for (const node of sortedNodes(graph)) {
    const group = [...nodeTriples(node, briefIri)];
    const about = [...graph.outEdges(node.id), ...graph.inEdges(node.id).filter((key) => citesAsEvidence(graph, graph.getEdgeAttributes(key)))].sort(byCode);
    for (const key of about) {
      const edge = graph.getEdgeAttributes(key);
      group.push(...[...linkTriples(graph, edge)].filter((triple) => triple.subject === nodeIri(node.id)));
    }
    yield [nodeIri(node.id), group];
  }
  for (const { key, edge } of sortedEdges(graph)) yield [edgeIri(key), [...statementTriples(key, edge, briefIri)]];
}

/** More triples about an element, from a caller that keeps more than the exports do (the store: each one's place). */
export interface TripleHooks {
  node?(subject: string, index: number): Iterable<Triple>;
  edge?(statement: string, index: number): Iterable<Triple>;
  document?(subject: string, index: number, path: string): Iterable<Triple>;
}

/**
 * The graph's triples, one at a time, in the graph's own order and copying nothing: the dataset, its documents, each
 * node, then each edge (its link and its statement). The same set as `graphTriples`; what the store push streams.
 */
export function* eachTriple(graph: ClaimGraph, hooks: TripleHooks = {}): Generator<Triple> {
  const briefIri = briefIriOf(graph);
  yield* datasetTriples(graph);
  for (const [index, document] of (graph.getAttribute('documents') ?? []).entries()) {
    yield* documentTriples(document);
    if (hooks.document) yield* hooks.document(documentIri(document.path), index, document.path);
  }
  let i = 0;
  for (const { attributes } of graph.nodeEntries()) {
    yield* nodeTriples(attributes, briefIri);
    if (hooks.node) yield* hooks.node(nodeIri(attributes.id), i);
    i++;
  }
  i = 0;
  for (const { edge: key, attributes } of graph.edgeEntries()) {
    yield* linkTriples(graph, attributes);
    yield* statementTriples(key, attributes, briefIri);
    if (hooks.edge) yield* hooks.edge(edgeIri(key), i);
    i++;
  }
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
