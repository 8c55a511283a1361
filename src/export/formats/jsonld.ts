// JSON-LD for linked data: the same triples as the Turtle export (../rdf/triples.ts), as a flat @graph with the prefixes as @context.
import type { ClaimGraph } from '../../model/graph.js';
import { joinChunks, prettyJsonChunks, StreamedArray } from '../chunks.js';
import { subjectGroups, type RdfObject, type Triple } from '../rdf/triples.js';
import { compact, PREFIXES } from '../rdf/vocabulary.js';
import type { ExportFormat } from '../types.js';

type JsonLdValue = string | { '@id': string } | { '@value': string; '@type': string };

function value(object: RdfObject): JsonLdValue {
  if ('iri' in object) return { '@id': compact(object.iri) ?? object.iri };
  return object.datatype ? { '@value': object.literal, '@type': object.datatype } : object.literal;
}

/** One subject and its triples as a JSON-LD node object. */
function nodeObject(subject: string, triples: Triple[]): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': subject };
  const types = triples.filter((t) => t.predicate === 'rdf:type').map((t) => value(t.object) as { '@id': string });
  if (types.length > 0) node['@type'] = types.map((t) => t['@id']);
  for (const triple of triples) {
    if (triple.predicate === 'rdf:type') continue;
    const list = (node[triple.predicate] ??= []) as JsonLdValue[];
    list.push(value(triple.object));
  }
  return node;
}

/** `{ "@context", "@graph" }`, the graph's node objects written one subject at a time. */
function jsonldChunks(graph: ClaimGraph) {
  const nodes = function* () {
    for (const [subject, triples] of subjectGroups(graph)) yield nodeObject(subject, triples);
  };
  return prettyJsonChunks({ '@context': { ...PREFIXES }, '@graph': new StreamedArray(nodes()) });
}

export const jsonldFormat: ExportFormat = {
  id: 'jsonld',
  title: 'JSON-LD (RDF)',
  use: 'linked data (schema.org, CiTO, PROV-O)',
  extension: 'jsonld',
  mediaType: 'application/ld+json',
  write: (graph) => joinChunks(jsonldChunks(graph)),
  stream: (graph) => jsonldChunks(graph),
};
