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

/**
 * The term (an IRI, a blank node as a `_:name` IRI, or a literal) that starts at `at` in `line`, and where it ends;
 * undefined if none starts there. N-Triples and the SPARQL TSV results write terms alike.
 */
export function termAt(line: string, at: number): { term: RdfTerm; end: number } | undefined {
  if (line[at] === '"') {
    LITERAL.lastIndex = at;
    const match = LITERAL.exec(line);
    if (!match) return undefined;
    const term: RdfTerm = { literal: unescape(match[1]!) };
    if (match[2] !== undefined) term.datatype = unescape(match[2]);
    if (match[3] !== undefined) term.language = match[3];
    return { term, end: LITERAL.lastIndex };
  }
  for (const pattern of [IRI, BLANK]) {
    pattern.lastIndex = at;
    const match = pattern.exec(line);
    if (match) return { term: { iri: pattern === IRI ? unescape(match[1]!) : `_:${match[1]}` }, end: pattern.lastIndex };
  }
  return undefined;
}

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
    const term = (what: string, literal: boolean): RdfTerm => {
      const found = termAt(line, at);
      if (!found || (!literal && !('iri' in found.term))) return fail(what);
      at = found.end;
      return found.term;
    };
    skip();
    if (at >= line.length || line[at] === '#') return;
    const subject = (term('an IRI', false) as { iri: string }).iri;
    skip();
    const predicate = (term('an IRI', false) as { iri: string }).iri;
    skip();
    const object = term(line[at] === '"' ? 'a literal' : 'an IRI', true);
    skip();
    if (line[at] !== '.') fail('"."');
    triples.push({ subject, predicate, object });
  });
  return triples;
}
