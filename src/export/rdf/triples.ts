// A graph as RDF triples in the vocabulary of ./vocabulary.ts, sorted, so Turtle and JSON-LD are two spellings of one list.
import type { ClaimGraph } from '../../model/graph.js';
import { LONE_SURROGATE } from '../escape.js';
import { flatValue } from '../fields.js';
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

/**
 * Free text as one IRI segment, one to one: percent-encoded UTF-8, except that a lone surrogate half (which has no UTF-8)
 * is written `~uD800` and a `~` as `~~` first, so two different keys never share an IRI.
 */
function iriSegment(text: string): string {
  const safe = text.replace(/~/g, '~~').replace(LONE_SURROGATE, (c) => `~u${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return encodeURIComponent(safe);
}

function literal(value: string | number, datatype?: CompactIri): RdfObject {
  return datatype ? { literal: wellFormed(String(value)), datatype } : { literal: wellFormed(String(value)) };
}

/** A term of the vocabulary as an object. */
const term = (name: CompactIri): RdfObject => ({ iri: expand(name) });

export function graphTriples(graph: ClaimGraph): Triple[] {
  return [...subjectGroups(graph)].flatMap(([, triples]) => triples);
}

/**
 * The triples grouped by subject, in the order the subjects are first seen (the dataset, its documents, nodes by id,
 * then the edges' statements by key), each group in its triples' order: what `bySubject(graphTriples(graph))` holds,
 * produced one subject at a time so that a big graph never holds all its triples at once.
 */
export function* subjectGroups(graph: ClaimGraph): Generator<[string, Triple[]]> {
  let group: Triple[] = [];
  const add = (subject: string, predicate: CompactIri, object: RdfObject) => group.push({ subject, predicate, object });
  const meta = graph.getAttributes();
  const brief = meta.documents?.find((d) => d.role === 'brief');
  const briefIri = brief ? documentIri(brief.path) : undefined;

  add(DATASET_IRI, 'rdf:type', term('schema:Dataset'));
  add(DATASET_IRI, 'rdf:type', term('prov:Entity'));
  if (meta.title) add(DATASET_IRI, 'schema:name', literal(meta.title));
  if (meta.description) add(DATASET_IRI, 'schema:description', literal(meta.description));
  for (const document of meta.documents ?? []) add(DATASET_IRI, 'prov:wasDerivedFrom', { iri: documentIri(document.path) });
  yield [DATASET_IRI, group];

  const documents = bySubject(
    (meta.documents ?? []).flatMap((document) => {
      const iri = documentIri(document.path);
      return [
        { subject: iri, predicate: 'rdf:type', object: term('schema:CreativeWork') },
        { subject: iri, predicate: 'schema:name', object: literal(document.title) },
        { subject: iri, predicate: 'cg:path', object: literal(document.path) },
        { subject: iri, predicate: 'cg:documentRole', object: literal(document.role) },
      ] satisfies Triple[];
    }),
  );
  yield* documents;

  for (const node of sortedNodes(graph)) {
    group = [];
    const subject = nodeIri(node.id);
    add(subject, 'rdf:type', term(NODE_CLASS[node.kind]));
    add(subject, 'cg:id', literal(node.id));
    add(subject, 'schema:isPartOf', { iri: DATASET_IRI });
    // Fields in the vocabulary's order, not the file's, so key order in the data never changes the output.
    for (const name of Object.keys(NODE_FIELD_TERM) as NodeField[]) {
      const value = (node as Partial<Record<NodeField, unknown>>)[name];
      if (value === undefined) continue;
      const { predicate, datatype, datatypeOf } = NODE_FIELD_TERM[name];
      // A list (authors) gives one triple per item, each flattened to text (an author as "Family, Given").
      for (const item of Array.isArray(value) ? value : [value]) {
        const flat = flatValue(item);
        if (flat === undefined || typeof flat === 'boolean') continue;
        add(subject, predicate, literal(flat, datatypeOf ? datatypeOf(String(flat)) : datatype));
      }
    }
    if ('quote' in node && node.quote !== undefined && briefIri) add(subject, 'prov:wasQuotedFrom', { iri: briefIri });
    // What its edges say about it, in edge-key order: the edges out of it, and evidence cited by it.
    const about = [...graph.outEdges(node.id), ...graph.inEdges(node.id).filter((key) => citesAsEvidence(graph, key))].sort(byCode);
    for (const key of about) {
      const edge = graph.getEdgeAttributes(key);
      if (edge.from === node.id) add(subject, EDGE_PREDICATE[edge.kind], { iri: nodeIri(edge.to) });
      else add(subject, 'cito:citesAsEvidence', { iri: nodeIri(edge.from) });
    }
    yield [subject, group];
  }

  for (const { key, edge } of sortedEdges(graph)) {
    group = [];
    const from = nodeIri(edge.from);
    const to = nodeIri(edge.to);
    const predicate = EDGE_PREDICATE[edge.kind];
    // The edge itself, reified, carries its key and provenance.
    const statement = edgeIri(key);
    add(statement, 'rdf:type', term('rdf:Statement'));
    add(statement, 'rdf:subject', { iri: from });
    add(statement, 'rdf:predicate', term(predicate));
    add(statement, 'rdf:object', { iri: to });
    add(statement, 'cg:key', literal(key));
    add(statement, 'cg:edgeKind', literal(edge.kind));
    for (const name of Object.keys(EDGE_FIELD_TERM) as EdgeField[]) {
      const value = edge[name];
      if (value !== undefined) add(statement, EDGE_FIELD_TERM[name].predicate, literal(value));
    }
    if (edge.quote !== undefined) {
      const quotedFrom = edge.document !== undefined ? documentIri(edge.document) : briefIri;
      if (quotedFrom) add(statement, 'prov:wasQuotedFrom', { iri: quotedFrom });
    }
    yield [statement, group];
  }
}

/** A source's supports or documents edge also says the claim (or obstacle) cites the source as evidence. */
function citesAsEvidence(graph: ClaimGraph, key: string): boolean {
  const edge = graph.getEdgeAttributes(key);
  return graph.getNodeAttribute(edge.from, 'kind') === 'source' && (edge.kind === 'supports' || edge.kind === 'documents');
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
