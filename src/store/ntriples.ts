// N-Triples, the line-based RDF syntax the store push sends and SPARQL CONSTRUCT answers come back in: writing one
// triple per line, and reading lines back into terms (escapes \t \b \n \r \f \" \' \\ \uXXXX \UXXXXXXXX).
import type { RdfTerm, RdfTriple } from '../export/rdf/read-triples.js';
import { turtleString } from '../export/formats/turtle.js';

/** Characters an IRIREF cannot hold. */
const NOT_IN_IRI = /[\u0000-\u0020<>"{}|^`\\]/;

function iri(value: string): string {
  if (NOT_IN_IRI.test(value)) throw new Error(`claimgraph/ntriples: ${JSON.stringify(value)} is not an IRI`);
  return `<${value}>`;
}

export function termText(term: RdfTerm): string {
  if ('iri' in term) return iri(term.iri);
  if (term.language) return `${turtleString(term.literal)}@${term.language}`;
  return turtleString(term.literal) + (term.datatype ? `^^${iri(term.datatype)}` : '');
}

/** One triple as an N-Triples line, with its line end. */
export function tripleLine(subject: string, predicate: string, object: RdfTerm): string {
  return `${iri(subject)} ${iri(predicate)} ${termText(object)} .\n`;
}

const ESCAPE: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

function unescape(text: string): string {
  return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (whole, u4: string | undefined, u8: string | undefined, c: string | undefined) => {
    if (u4) return String.fromCharCode(parseInt(u4, 16));
    if (u8) return String.fromCodePoint(parseInt(u8, 16));
    const plain = ESCAPE[c!];
    if (plain === undefined) throw new Error(`claimgraph/ntriples: unknown escape ${whole}`);
    return plain;
  });
}

const IRI = /<([^>]*)>/y;
const BLANK = /_:([A-Za-z0-9_.-]+)/y;
const LITERAL = /"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?/y;
const SPACE = /[ \t]*/y;

/** Parses N-Triples text (blank nodes become `_:name` IRIs). Throws with the line number on anything else. */
export function parseNTriples(text: string): RdfTriple[] {
  const triples: RdfTriple[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    let at = 0;
    const skip = () => {
      SPACE.lastIndex = at;
      SPACE.exec(line);
      at = SPACE.lastIndex;
    };
    const fail = (what: string): never => {
      throw new Error(`claimgraph/ntriples: line ${index + 1}, column ${at + 1}: expected ${what}`);
    };
    const resource = (): string => {
      for (const pattern of [IRI, BLANK]) {
        pattern.lastIndex = at;
        const match = pattern.exec(line);
        if (match) {
          at = pattern.lastIndex;
          return pattern === IRI ? unescape(match[1]!) : `_:${match[1]}`;
        }
      }
      return fail('an IRI');
    };
    skip();
    if (at >= line.length || line[at] === '#') return;
    const subject = resource();
    skip();
    const predicate = resource();
    skip();
    let object: RdfTerm;
    if (line[at] === '"') {
      LITERAL.lastIndex = at;
      const match = LITERAL.exec(line) ?? fail('a literal');
      at = LITERAL.lastIndex;
      object = { literal: unescape(match[1]!) };
      if (match[2] !== undefined) object.datatype = unescape(match[2]);
      if (match[3] !== undefined) object.language = match[3];
    } else object = { iri: resource() };
    skip();
    if (line[at] !== '.') fail('"."');
    triples.push({ subject, predicate, object });
  });
  return triples;
}
