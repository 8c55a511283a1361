// The inverse of ./triples.ts: RDF in the claimgraph vocabulary back to a dataset's meta, nodes and edges, read through
// the same vocabulary tables (a field is whatever predicate NODE_FIELD_TERM gives it), so a new kind or field reads back
// without code here.
import type { DatasetMeta, NodeKind } from '../../model/schema.js';
import { nodeKindOfId } from '../../model/schema.js';
import { DATASET_IRI, EDGE_FIELD_TERM, expand, NODE_BASE, NODE_CLASS, NODE_FIELD_TERM, type CompactIri } from './vocabulary.js';

/** An RDF term with every IRI in full (what a parser or a SPARQL result gives). */
export type RdfTerm = { iri: string } | { literal: string; datatype?: string; language?: string };

export interface RdfTriple {
  subject: string;
  predicate: string;
  object: RdfTerm;
}

/** What the store adds to the export's triples so that a pull gives back the dataset it was pushed from. */
export const STORE_TERMS = {
  /** The place of a node, an edge or a document in its dataset (0, 1, ...): queries walk edges in the same order. */
  position: 'cg:position',
  /** A dataset document's text, so a pull can write the file back. */
  content: 'cg:content',
} as const satisfies Record<string, CompactIri>;

const full = (name: CompactIri) => expand(name);
const P = {
  type: full('rdf:type'),
  id: full('cg:id'),
  key: full('cg:key'),
  edgeKind: full('cg:edgeKind'),
  subject: full('rdf:subject'),
  object: full('rdf:object'),
  name: full('schema:name'),
  description: full('schema:description'),
  path: full('cg:path'),
  documentRole: full('cg:documentRole'),
  position: full(STORE_TERMS.position),
  content: full(STORE_TERMS.content),
};

const NODE_FIELD_OF = new Map(Object.entries(NODE_FIELD_TERM).map(([field, term]) => [full(term.predicate), field]));
const EDGE_FIELD_OF = new Map(Object.entries(EDGE_FIELD_TERM).map(([field, term]) => [full(term.predicate), field]));
const KIND_OF_CLASS = new Map(Object.entries(NODE_CLASS).map(([kind, name]) => [full(name), kind as NodeKind]));

const NUMBER_TYPES = new Set(['xsd:integer', 'xsd:decimal', 'xsd:double', 'xsd:float', 'xsd:int', 'xsd:long'].map((t) => full(t as CompactIri)));
const BOOLEAN_TYPE = full('xsd:boolean');
const JSON_TYPE = full('rdf:JSON');

/** A literal as the value it was written from: numbers for numeric datatypes, rdf:JSON parsed; dates stay text. */
export function literalValue(term: RdfTerm): unknown {
  if ('iri' in term) return term.iri;
  if (term.datatype === undefined) return term.literal;
  if (NUMBER_TYPES.has(term.datatype)) return Number(term.literal);
  if (term.datatype === BOOLEAN_TYPE) return term.literal === 'true' || term.literal === '1';
  if (term.datatype === JSON_TYPE) return JSON.parse(term.literal) as unknown;
  return term.literal;
}

export interface RdfDataset {
  meta: DatasetMeta;
  /** Unchecked records (check them with the zod schemas), in dataset order where positions are known, else by id. */
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
  /** Document texts by path, where the RDF carries them. */
  contents: Map<string, string>;
}

type Subjects = Map<string, Map<string, RdfTerm[]>>;

/** Groups triples by subject and predicate. */
export function groupTriples(triples: Iterable<RdfTriple>): Subjects {
  const subjects: Subjects = new Map();
  for (const { subject, predicate, object } of triples) {
    let predicates = subjects.get(subject);
    if (!predicates) subjects.set(subject, (predicates = new Map()));
    const values = predicates.get(predicate);
    if (values) {
      if (!values.some((v) => sameTerm(v, object))) values.push(object);
    } else predicates.set(predicate, [object]);
  }
  return subjects;
}

const sameTerm = (a: RdfTerm, b: RdfTerm) =>
  'iri' in a ? 'iri' in b && a.iri === b.iri : !('iri' in b) && a.literal === b.literal && a.datatype === b.datatype && a.language === b.language;

function one(subject: string, predicates: Map<string, RdfTerm[]>, predicate: string): RdfTerm | undefined {
  const values = predicates.get(predicate);
  if (!values || values.length === 0) return undefined;
  if (values.length > 1) throw new Error(`claimgraph/rdf: <${subject}> has ${values.length} values for <${predicate}>, where one is expected`);
  return values[0];
}

const text = (term: RdfTerm | undefined) => (term === undefined ? undefined : 'iri' in term ? term.iri : term.literal);
const nodeIdOf = (iri: string | undefined) => (iri !== undefined && iri.startsWith(NODE_BASE) ? iri.slice(NODE_BASE.length) : undefined);

/** Reads the dataset the triples describe. Throws on a node or edge whose identity is unreadable. */
export function readTriples(triples: Iterable<RdfTriple>): RdfDataset {
  const subjects = groupTriples(triples);
  const nodes: { record: Record<string, unknown>; position: number }[] = [];
  const edges: { record: Record<string, unknown>; position: number }[] = [];
  const documents: { document: NonNullable<DatasetMeta['documents']>[number]; position: number }[] = [];
  const contents = new Map<string, string>();
  const positionOf = (subject: string, predicates: Map<string, RdfTerm[]>) => {
    const value = literalValue(one(subject, predicates, P.position) ?? { literal: 'NaN', datatype: full('xsd:double') });
    return typeof value === 'number' && Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };

  for (const [subject, predicates] of subjects) {
    const id = text(one(subject, predicates, P.id));
    const key = text(one(subject, predicates, P.key));
    const path = text(one(subject, predicates, P.path));
    if (id !== undefined) {
      const classes = (predicates.get(P.type) ?? []).map((t) => KIND_OF_CLASS.get(text(t)!)).filter((k) => k !== undefined);
      const kind = nodeKindOfId(id) ?? classes[0];
      const record: Record<string, unknown> = { kind, id };
      for (const [predicate, values] of predicates) {
        const field = NODE_FIELD_OF.get(predicate);
        if (field !== undefined) record[field] = literalValue(one(subject, predicates, predicate) ?? values[0]!);
      }
      nodes.push({ record, position: positionOf(subject, predicates) });
    } else if (key !== undefined) {
      const kind = text(one(subject, predicates, P.edgeKind));
      const from = nodeIdOf(text(one(subject, predicates, P.subject)));
      const to = nodeIdOf(text(one(subject, predicates, P.object)));
      if (kind === undefined || from === undefined || to === undefined) throw new Error(`claimgraph/rdf: the edge <${subject}> lacks its kind, subject or object`);
      const record: Record<string, unknown> = {};
      if (key !== `${from} -${kind}-> ${to}`) record.id = key;
      Object.assign(record, { kind, from, to });
      for (const [predicate] of predicates) {
        const field = EDGE_FIELD_OF.get(predicate);
        if (field !== undefined) record[field] = literalValue(one(subject, predicates, predicate)!);
      }
      edges.push({ record, position: positionOf(subject, predicates) });
    } else if (path !== undefined) {
      const title = text(one(subject, predicates, P.name)) ?? path;
      const role = text(one(subject, predicates, P.documentRole)) as 'brief' | 'reference';
      documents.push({ document: { path, title, role }, position: positionOf(subject, predicates) });
      const content = text(one(subject, predicates, P.content));
      if (content !== undefined) contents.set(path, content);
    }
  }

  const datasetPredicates = subjects.get(DATASET_IRI) ?? new Map<string, RdfTerm[]>();
  const meta: DatasetMeta = { title: text(one(DATASET_IRI, datasetPredicates, P.name)) ?? '' };
  const description = text(one(DATASET_IRI, datasetPredicates, P.description));
  if (description !== undefined) meta.description = description;
  if (documents.length > 0) meta.documents = documents.sort((a, b) => a.position - b.position || compare(a.document.path, b.document.path)).map((d) => d.document);

  const byPosition = (idOf: (r: Record<string, unknown>) => string) => (a: { record: Record<string, unknown>; position: number }, b: { record: Record<string, unknown>; position: number }) =>
    compareDatasetOrder(a.position, idOf(a.record), b.position, idOf(b.record));
  const edgeKeyOf = (r: Record<string, unknown>) => (r.id as string | undefined) ?? `${String(r.from)} -${String(r.kind)}-> ${String(r.to)}`;
  return {
    meta,
    nodes: nodes.sort(byPosition((r) => String(r.id))).map((n) => n.record),
    edges: edges.sort(byPosition(edgeKeyOf)).map((e) => e.record),
    contents,
  };
}

/** Dataset order: by stored position (Infinity when a store has none), then by id or key. */
export function compareDatasetOrder(positionA: number, idA: string, positionB: number, idB: string): number {
  return positionA - positionB || compare(idA, idB);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

