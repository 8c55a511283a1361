// JSON-LD for linked data: the same triples as the Turtle export (../rdf/triples.ts), as a flat @graph with the prefixes as @context.
import { bySubject, graphTriples, type RdfObject } from '../rdf/triples.js';
import { compact, PREFIXES } from '../rdf/vocabulary.js';
import type { ExportFormat } from '../types.js';

type JsonLdValue = string | { '@id': string } | { '@value': string; '@type': string };

function value(object: RdfObject): JsonLdValue {
  if ('iri' in object) return { '@id': compact(object.iri) ?? object.iri };
  return object.datatype ? { '@value': object.literal, '@type': object.datatype } : object.literal;
}

export const jsonldFormat: ExportFormat = {
  id: 'jsonld',
  title: 'JSON-LD (RDF)',
  use: 'linked data (schema.org, CiTO, PROV-O)',
  extension: 'jsonld',
  mediaType: 'application/ld+json',
  write(graph) {
    const nodes: Record<string, unknown>[] = [];
    for (const [subject, triples] of bySubject(graphTriples(graph))) {
      const node: Record<string, unknown> = { '@id': subject };
      const types = triples.filter((t) => t.predicate === 'rdf:type').map((t) => value(t.object) as { '@id': string });
      if (types.length > 0) node['@type'] = types.map((t) => t['@id']);
      for (const triple of triples) {
        if (triple.predicate === 'rdf:type') continue;
        const list = (node[triple.predicate] ??= []) as JsonLdValue[];
        list.push(value(triple.object));
      }
      nodes.push(node);
    }
    return JSON.stringify({ '@context': { ...PREFIXES }, '@graph': nodes }, null, 2) + '\n';
  },
};
