// The linked-data vocabulary of the RDF exports (Turtle, JSON-LD): schema.org classes, CiTO citation relations, PROV-O
// provenance, and a small claimgraph namespace only where none of those fits. Keyed by the schema's kinds and fields, so a
// new kind or field fails to compile until it has a term.
import type { EdgeKind, GraphEdge, GraphNode, NodeKind } from '../../model/schema.js';

export const PREFIXES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'https://schema.org/',
  cito: 'http://purl.org/spar/cito/',
  prov: 'http://www.w3.org/ns/prov#',
  bibo: 'http://purl.org/ontology/bibo/',
  cg: 'urn:claimgraph:vocab:',
} as const;

export type Prefix = keyof typeof PREFIXES;
/** A compact name such as `schema:Claim`, expanded with PREFIXES. */
export type CompactIri = `${Prefix}:${string}`;

/** Nodes, edges and documents of a dataset are named under this base: `urn:claimgraph:claim:no-national-rate`. */
export const NODE_BASE = 'urn:claimgraph:';
export const EDGE_BASE = 'urn:claimgraph:edge:';
export const DOCUMENT_BASE = 'urn:claimgraph:document:';
export const DATASET_IRI = 'urn:claimgraph:dataset';

export const NODE_CLASS: Record<NodeKind, CompactIri> = {
  question: 'schema:Question',
  claim: 'schema:Claim',
  obstacle: 'cg:Obstacle',
  // A source is a brief's act of citing (CiTO's reified citation): its citing entity is the brief, its cited entity the work.
  source: 'cito:Citation',
  work: 'schema:CreativeWork',
  stage: 'cg:Stage',
  figure: 'schema:Observation',
  brief: 'cg:Brief',
};

/**
 * Each edge kind as a predicate from its `from` node to its `to` node. CiTO's subject is the citing entity, so
 * `source cito:supports claim` reads as the graph does; edges from a source also get `to cito:citesAsEvidence from`.
 */
export const EDGE_PREDICATE: Record<EdgeKind, CompactIri> = {
  supports: 'cito:supports',
  contradicts: 'cito:disputes',
  qualifies: 'cito:qualifies',
  answers: 'cg:answers',
  documents: 'cg:documents',
  explains: 'cg:explains',
  'part-of': 'cg:partOf',
  hinders: 'cg:hinders',
  precedes: 'cg:precedes',
  reports: 'cg:reports',
  measures: 'cg:measures',
  'refers-to': 'cito:hasCitedEntity',
  'derives-from': 'prov:wasDerivedFrom',
};

type KeysOf<T> = T extends unknown ? keyof T : never;
export type NodeField = Exclude<KeysOf<GraphNode>, 'id' | 'kind'>;
export type EdgeField = Exclude<KeysOf<GraphEdge>, 'id' | 'kind' | 'from' | 'to'>;

/** How a field is written: its predicate, and the datatype of its literal (a plain string when absent). */
export interface FieldTerm {
  predicate: CompactIri;
  datatype?: CompactIri;
  /** The datatype when it depends on the value (a partial date: gYear, gYearMonth or date). */
  datatypeOf?: (value: string) => CompactIri;
}

export const NODE_FIELD_TERM: Record<NodeField, FieldTerm> = {
  label: { predicate: 'rdfs:label' },
  text: { predicate: 'schema:text' },
  quote: { predicate: 'cg:quote' },
  section: { predicate: 'cg:section' },
  role: { predicate: 'cg:role' },
  description: { predicate: 'schema:description' },
  affects: { predicate: 'cg:affects' },
  citation: { predicate: 'cg:citation' },
  type: { predicate: 'cg:sourceType' },
  title: { predicate: 'schema:name' },
  publisher: { predicate: 'schema:publisher' },
  url: { predicate: 'schema:url', datatype: 'xsd:anyURI' },
  doi: { predicate: 'bibo:doi' },
  identification: { predicate: 'cg:identification' },
  evidence: { predicate: 'cg:identificationEvidence' },
  order: { predicate: 'cg:order', datatype: 'xsd:integer' },
  brief: { predicate: 'cg:brief' },
  document: { predicate: 'cg:documentPath' },
  provenance: { predicate: 'cg:recordProvenance' },
  notSameAs: { predicate: 'cg:notSameAs' },
  // The exact list as JSON (rdf:JSON), read back as it was; each name is also written as schema:author (./triples.ts).
  authors: { predicate: 'cg:authors' },
  authorsTruncated: { predicate: 'cg:authorsTruncated', datatype: 'xsd:boolean' },
  container: { predicate: 'cg:containerTitle' },
  volume: { predicate: 'schema:volumeNumber' },
  issue: { predicate: 'schema:issueNumber' },
  pages: { predicate: 'schema:pagination' },
  issued: { predicate: 'schema:datePublished', datatypeOf: (v) => (v.length === 4 ? 'xsd:gYear' : v.length === 7 ? 'xsd:gYearMonth' : 'xsd:date') },
  cslType: { predicate: 'cg:cslType' },
  confidence: { predicate: 'cg:identificationConfidence' },
  evidenceExcerpt: { predicate: 'cg:evidenceExcerpt' },
  evidenceReadAt: { predicate: 'cg:evidenceReadAt' },
  measure: { predicate: 'cg:measure' },
  value: { predicate: 'schema:value', datatype: 'xsd:decimal' },
  qualifier: { predicate: 'cg:qualifier' },
  unit: { predicate: 'schema:unitText' },
  denominatorUnit: { predicate: 'cg:denominatorUnit' },
  numerator: { predicate: 'cg:numerator', datatype: 'xsd:decimal' },
  denominator: { predicate: 'cg:denominator', datatype: 'xsd:decimal' },
  jurisdiction: { predicate: 'cg:jurisdiction' },
  offences: { predicate: 'cg:offences' },
  numeratorOffences: { predicate: 'cg:numeratorOffences' },
  periodStart: { predicate: 'schema:startDate' },
  periodEnd: { predicate: 'schema:endDate' },
  periodType: { predicate: 'cg:periodType' },
  status: { predicate: 'cg:figureStatus' },
  scope: { predicate: 'cg:population' },
  caveat: { predicate: 'cg:caveat' },
  review: { predicate: 'cg:review' },
};

export const EDGE_FIELD_TERM: Record<EdgeField, FieldTerm> = {
  quote: { predicate: 'cg:quote' },
  section: { predicate: 'cg:section' },
  note: { predicate: 'rdfs:comment' },
  basis: { predicate: 'cg:basis' },
  document: { predicate: 'cg:quotedFromPath' },
};

export function expand(name: CompactIri): string {
  const colon = name.indexOf(':');
  return PREFIXES[name.slice(0, colon) as Prefix] + name.slice(colon + 1);
}

const LOCAL_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** A full IRI as a compact name when a prefix covers it and the rest is a plain local name; otherwise undefined. */
export function compact(iri: string): CompactIri | undefined {
  for (const [prefix, namespace] of Object.entries(PREFIXES)) {
    if (iri.startsWith(namespace) && LOCAL_NAME.test(iri.slice(namespace.length))) return `${prefix as Prefix}:${iri.slice(namespace.length)}`;
  }
  return undefined;
}
