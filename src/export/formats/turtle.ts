// Turtle for any SPARQL store: the triples of ../rdf/triples.ts, one block per subject, strings escaped as Turtle requires.
import type { ClaimGraph } from '../../model/graph.js';
import { joinChunks, streamLines } from '../chunks.js';
import { subjectGroups, type RdfObject } from '../rdf/triples.js';
import { compact, expand, PREFIXES, type CompactIri } from '../rdf/vocabulary.js';
import type { ExportFormat } from '../types.js';

/** Characters an IRIREF cannot hold; IRIs here are built from checked ids and percent-encoded keys, so one is a bug. */
const NOT_IN_IRI = /[\u0000-\u0020<>"{}|^`\\]/;

function iri(full: string): string {
  const name = compact(full);
  if (name) return name;
  if (NOT_IN_IRI.test(full)) throw new Error(`claimgraph/export: turtle: ${JSON.stringify(full)} is not an IRI`);
  return `<${full}>`;
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A STRING_LITERAL_QUOTE: quote, backslash and line ends escaped; other control characters as \uXXXX. */
export function turtleString(text: string): string {
  return `"${text.replace(/["\\\u0000-\u001f\u007f]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}"`;
}

function object(value: RdfObject): string {
  if ('iri' in value) return iri(value.iri);
  return turtleString(value.literal) + (value.datatype ? `^^${value.datatype}` : '');
}

const predicate = (name: CompactIri) => (name === 'rdf:type' ? 'a' : iri(expand(name)));

/** The prefixes, then one block per subject (written as the subjects come). */
function* turtleLines(graph: ClaimGraph): Generator<string> {
  for (const [prefix, namespace] of Object.entries(PREFIXES)) yield `@prefix ${prefix}: <${namespace}> .`;
  for (const [subject, triples] of subjectGroups(graph)) {
    yield '';
    yield iri(subject);
    for (let i = 0; i < triples.length; i++) yield `    ${predicate(triples[i]!.predicate)} ${object(triples[i]!.object)} ${i === triples.length - 1 ? '.' : ';'}`;
  }
}

export const turtleFormat: ExportFormat = {
  id: 'turtle',
  title: 'Turtle (RDF)',
  use: 'linked data, any SPARQL store (schema.org, CiTO, PROV-O)',
  extension: 'ttl',
  mediaType: 'text/turtle',
  write: (graph) => joinChunks(streamLines(turtleLines(graph))),
  stream: (graph) => streamLines(turtleLines(graph)),
};
