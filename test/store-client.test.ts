// The store's client pieces that need no server: the RDF vocabulary read back (the inverse of the RDF export), N-Triples
// written and parsed back, Digest answers, netrc credentials, the search pattern, and the one-line errors.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalValue, type RdfTriple } from '../src/export/rdf/read-triples.js';
import { eachTriple, graphTriples } from '../src/export/rdf/triples.js';
import { expand } from '../src/export/rdf/vocabulary.js';
import { jsonFormat } from '../src/export/formats/json.js';
import { loadGraph } from '../src/load/load-graph.js';
import { defaultDatasetDir } from '../src/paths.js';
import { find, normalise } from '../src/query/find.js';
import { authorization, parseChallenge } from '../src/store/digest-auth.js';
import { netrcEntry, storeCredentials } from '../src/store/credentials.js';
import { graphFromRdf } from '../src/store/graph-from-rdf.js';
import { HttpClient, StoreError } from '../src/store/http-client.js';
import { parseNTriples, tripleLine } from '../src/store/ntriples.js';
import { longestWord, wordPattern } from '../src/store/text-pattern.js';
import { cellText, parseTsvResults, type Binding } from '../src/store/tsv-results.js';
import { evidenceStructure } from '../src/store/evidence-structure.js';
import { NODE_BASE } from '../src/export/rdf/vocabulary.js';
import { edgeIri, edgeKeyOfIri } from '../src/export/rdf/triples.js';
import { createClaimGraph } from '../src/model/graph.js';
import { sourcePaths, sourcesFor } from '../src/query/sources-for.js';
import { obstaclePaths, obstaclesFor } from '../src/query/obstacles-for.js';
import { claim, edge, makeGraph, obstacle, source, stage } from './helpers/make-graph.js';
import { hostileGraph, hostileText } from './helpers/hostile-strings.js';
import type { ClaimGraph } from '../src/model/graph.js';

/** The graph's triples as N-Triples text, then parsed back: what a store round trip does to the terms. */
function throughNTriples(graph: ClaimGraph): RdfTriple[] {
  let text = '';
  for (const t of eachTriple(graph, { node: (s, i) => [{ subject: s, predicate: 'cg:position', object: { literal: String(i), datatype: 'xsd:integer' } }], edge: (s, i) => [{ subject: s, predicate: 'cg:position', object: { literal: String(i), datatype: 'xsd:integer' } }] })) {
    text += tripleLine(t.subject, expand(t.predicate), 'iri' in t.object ? t.object : { literal: t.object.literal, ...(t.object.datatype ? { datatype: expand(t.object.datatype) } : {}) });
  }
  return parseNTriples(text);
}

describe('the RDF vocabulary reads back', () => {
  it('the bundled dataset: triples -> N-Triples -> parsed -> dataset gives the same JSON export, node and edge order kept', () => {
    const local = loadGraph(defaultDatasetDir);
    const triples = throughNTriples(local);
    const back = graphFromRdf(triples, triples);
    expect(jsonFormat.write(back)).toBe(jsonFormat.write(local));
    expect(back.nodes()).toEqual(local.nodes());
    expect(back.edges()).toEqual(local.edges());
    // The export's own triples (no positions) read back too, in id order.
    const plain = graphTriples(local).map((t) => ({ subject: t.subject, predicate: expand(t.predicate), object: 'iri' in t.object ? t.object : { literal: t.object.literal, ...(t.object.datatype ? { datatype: expand(t.object.datatype) } : {}) } }));
    expect(jsonFormat.write(graphFromRdf(plain, plain))).toBe(jsonFormat.write(local));
  });

  it('hostile strings in every field survive N-Triples and the reading back', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 14, maxLength: 14 }), (texts) => {
        const graph = hostileGraph(texts);
        const triples = throughNTriples(graph);
        expect(jsonFormat.write(graphFromRdf(triples, triples))).toBe(jsonFormat.write(graph));
      }),
      { numRuns: 60 },
    );
  });

  it('lists and objects (fields other branches add) are stored as rdf:JSON literals and come back as they were', () => {
    const value = [{ family: 'Doe', given: 'J.' }, { literal: 'Agency "X"' }];
    const line = tripleLine('urn:claimgraph:source:1', expand('cg:authors' as never), { literal: JSON.stringify(value), datatype: expand('rdf:JSON') });
    const [triple] = parseNTriples(line);
    expect(literalValue(triple!.object)).toEqual(value);
    // A partial date (issued: xsd:gYear, gYearMonth or date) is text in the model: it comes back as written.
    expect(literalValue({ literal: '2019', datatype: expand('xsd:gYear') })).toBe('2019');
    expect(literalValue({ literal: '2019' })).toBe('2019');
  });

  it('N-Triples parsing rejects a malformed line with its line number', () => {
    expect(() => parseNTriples('<urn:a> <urn:b> "c" .\n<urn:a> <urn:b> "unclosed .\n')).toThrow(/^claimgraph\/ntriples: line 2, column 17: expected a literal/);
  });
});

describe('Digest and Basic authentication', () => {
  it('answers the RFC 2617 example challenge with the RFC response', () => {
    const challenge = parseChallenge('Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"')!;
    const header = authorization(challenge, 'Mufasa', 'Circle Of Life', 'GET', '/dir/index.html', 1, '0a4f113b');
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('nc=00000001');
    expect(authorization(parseChallenge('Basic realm="x"')!, 'u', 'p', 'GET', '/', 1)).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });

  it('reads credentials from the environment, else the netrc entry of the host, else its default', () => {
    expect(storeCredentials('http://h:1/sparql', { CLAIMGRAPH_STORE_USER: 'u', CLAIMGRAPH_STORE_PASSWORD: 'p' })).toMatchObject({ user: 'u', password: 'p' });
    const netrc = 'machine other login a password b\nmachine store.example login dba password s3cret\ndefault login anon password x';
    expect(netrcEntry(netrc, 'store.example')).toEqual({ user: 'dba', password: 's3cret' });
    expect(netrcEntry(netrc, 'elsewhere')).toEqual({ user: 'anon', password: 'x' });
  });
});

describe('one-line errors that never carry the credentials', () => {
  async function answering(status: number, headers: Record<string, string> = {}): Promise<{ url: string; hits: () => number; close: () => void }> {
    let hits = 0;
    const server = createServer((_request, response) => {
      hits++;
      response.writeHead(status, headers).end('Error: something broke\nsecond line');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`, hits: () => hits, close: () => server.close() };
  }
  const credentials = { user: 'dba', password: 'hunter2-secret', origin: 'CLAIMGRAPH_STORE_USER / CLAIMGRAPH_STORE_PASSWORD' };

  it('401 with credentials names the user, never the password; 403 and 404 say what they mean', async () => {
    for (const [status, pattern] of [
      [401, /^claimgraph\/store: http:\/\/127\.0\.0\.1:\d+\/sparql refused the user name and password of "dba"/],
      [403, /forbids the query \(HTTP 403\)/],
      [404, /does not exist \(HTTP 404\)/],
    ] as const) {
      const server = await answering(status, status === 401 ? { 'WWW-Authenticate': 'Digest realm="SPARQL", nonce="abc", qop="auth"' } : {});
      const error = await new HttpClient({ credentials }).request({ method: 'GET', url: `${server.url}?q=hunter2-secret`, what: 'the query' }).catch((e: unknown) => e);
      server.close();
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toMatch(pattern);
      expect((error as Error).message).not.toContain('hunter2');
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('retries a 5xx with backoff, then gives the first line of the answer', async () => {
    const server = await answering(503);
    const error = await new HttpClient({ retries: 2, backoffMs: 10 }).request({ method: 'GET', url: server.url, what: 'the query' }).catch((e: unknown) => e);
    server.close();
    expect(server.hits()).toBe(3);
    expect((error as Error).message).toMatch(/the query failed at http:\/\/127\.0\.0\.1:\d+\/sparql: HTTP 503: Error: something broke$/);
  });

  it('a refused connection and a TLS failure each get their line', async () => {
    const server = await answering(200);
    server.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await new HttpClient({ retries: 0 }).request({ method: 'GET', url: server.url, what: 'the query' }).catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(/cannot connect to 127\.0\.0\.1:\d+: connection refused/);
    // A plain HTTP server spoken to over https: the TLS handshake fails.
    const plain = await answering(200);
    const tls = await new HttpClient({ retries: 0 }).request({ method: 'GET', url: plain.url.replace('http:', 'https:'), what: 'the query' }).catch((e: unknown) => e);
    plain.close();
    expect((tls as Error).message).toMatch(/^claimgraph\/store: TLS failure talking to 127\.0\.0\.1:\d+: /);
  });
});

describe('the search pattern sent to the store', () => {
  it('matches every text find matches (accents, case, dashes): the store returns a superset, find ranks it', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (field, query) => {
        const word = longestWord(query);
        if (word === '' || !normalise(field).includes(word)) return;
        expect(new RegExp(wordPattern(word), 'iu').test(field)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const local = loadGraph(defaultDatasetDir);
    for (const text of ['sciencedirect', 'PROSECUTION', 'jurisdiction', 'Résumé', 'law‑enforcement', 'AI-generated']) {
      const word = longestWord(text);
      const pattern = new RegExp(wordPattern(word), 'iu');
      for (const hit of find(local, text)) expect(Object.values(local.getNodeAttributes(hit.id)).some((v) => typeof v === 'string' && pattern.test(v))).toBe(true);
    }
  });
});

describe('edge IRIs', () => {
  it('give back the key they encode, whatever its characters (the store structure reads keys from IRIs)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary' })), (key) => {
        expect(edgeKeyOfIri(edgeIri(key))).toBe(key);
      }),
    );
    expect(edgeKeyOfIri('urn:claimgraph:claim:a')).toBeUndefined();
  });
});

describe('SPARQL TSV results', () => {
  it('reads IRIs, literals with datatype or language, bare numbers and booleans, escapes and unbound cells', () => {
    const text = '?a\t?b\t?c\n<urn:x:1>\t"tab\\there \\"q\\" \\u00e9"@en\t42\n"urn:x:2"\t"3.5"^^<http://www.w3.org/2001/XMLSchema#decimal>\t\n_:b0\ttrue\t-1.5e3\n';
    const rows = parseTsvResults(text);
    expect(rows).toEqual([
      { a: { iri: 'urn:x:1' }, b: { literal: 'tab\there "q" é', language: 'en' }, c: { literal: '42', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } },
      { a: { literal: 'urn:x:2' }, b: { literal: '3.5', datatype: 'http://www.w3.org/2001/XMLSchema#decimal' } },
      { a: { iri: '_:b0' }, b: { literal: 'true', datatype: 'http://www.w3.org/2001/XMLSchema#boolean' }, c: { literal: '-1.5e3', datatype: 'http://www.w3.org/2001/XMLSchema#double' } },
    ]);
    // Virtuoso 7 writes the header as "a" and IRIs as quoted strings: cellText reads either form.
    const virtuoso = parseTsvResults('"data"\n"urn:g:1"\n');
    expect(cellText(virtuoso[0]!.data)).toBe('urn:g:1');
    expect(cellText(rows[0]!.a)).toBe('urn:x:1');
    expect(parseTsvResults('?n\n')).toEqual([]);
  });

  it('rejects a row whose cells do not match the header, or a cell that is not a term, naming the row', () => {
    expect(() => parseTsvResults('?a\t?b\n<urn:x>\n')).toThrow('claimgraph/tsv-results: row 1 has 1 cells, the header 2');
    expect(() => parseTsvResults('?a\n<urn:x>\n"unclosed\n')).toThrow(/^claimgraph\/tsv-results: row 2, column 1: /);
    expect(() => parseTsvResults('')).toThrow('claimgraph/tsv-results: the answer is empty (no header line)');
  });
});

describe("a store's sources in two steps: the structure first, then only the reported paths in full", () => {
  const XSD_INTEGER = 'http://www.w3.org/2001/XMLSchema#integer';

  /**
   * The rows edgeStructureQuery gives for every edge of a kind (IRIs now as Virtuoso writes them, as quoted strings, now
   * as IRIs; positions: the dataset order, as a push stores them), shuffled.
   */
  function structureRows(graph: ClaimGraph, order: readonly number[], kind = 'supports'): Binding[] {
    const rows: Binding[] = [];
    graph.edges().forEach((key, position) => {
      const e = graph.getEdgeAttributes(key);
      if (e.kind !== kind) return;
      const edgeTerm = position % 2 ? { iri: edgeIri(key) } : { literal: edgeIri(key) };
      rows.push({ from: { iri: NODE_BASE + e.from }, to: { literal: NODE_BASE + e.to }, edge: edgeTerm, basis: { literal: e.basis }, position: { literal: String(position), datatype: XSD_INTEGER } });
    });
    return rows.map((row, i) => ({ row, at: order[i % Math.max(1, order.length)]! + i })).sort((a, b) => a.at - b.at).map((r) => r.row);
  }

  /** The part of the graph holding just these nodes and edges, in the graph's order: what the store sends in full. */
  function part(graph: ClaimGraph, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): ClaimGraph {
    const out = createClaimGraph(graph.getAttributes());
    graph.forEachNode((id, node) => nodes.has(id) && out.addNode(id, node));
    graph.forEachEdge((key, e, from, to) => edges.has(key) && out.addDirectedEdgeWithKey(key, from, to, e));
    return out;
  }

  it('sourcesFor on the fetched part answers exactly as on the whole graph (random graphs, with other edges between the same claims)', () => {
    fc.assert(
      fc.property(
        // Few nodes and many edges, so that sources are often reached by several shortest paths (where order decides).
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('supports-quoted', 'supports-inferred', 'contradicts', 'qualifies'), fc.boolean()), { minLength: 4, maxLength: 40 }),
        fc.array(fc.nat({ max: 100 }), { maxLength: 20 }),
        (claims, sources, pairs, shuffle) => {
          const nodes = [...Array.from({ length: claims }, (_, i) => claim(`c${i}`)), ...Array.from({ length: sources }, (_, i) => source(i))];
          const seen = new Set<string>();
          const edges = [];
          for (const [a, b, kind, fromSource] of pairs) {
            const to = `claim:c${b % claims}`;
            const from = fromSource && kind !== 'qualifies' ? `source:${a % sources}` : `claim:c${a % claims}`;
            const edgeKind = kind.startsWith('supports') ? 'supports' : kind;
            if (from === to) continue;
            // A second edge of a kind between the same nodes is a parallel one, named by a curator's id.
            const named: Record<string, string> = seen.has(`${from} ${edgeKind} ${to}`) ? { id: `e${edges.length}\t"${a % 7}"` } : {};
            seen.add(`${from} ${edgeKind} ${to}`);
            edges.push(edge(edgeKind, from, to, { ...(kind === 'supports-inferred' ? {} : { quote: 'q' }), ...named }));
          }
          const graph = makeGraph({ nodes, edges });
          const rows = structureRows(graph, shuffle);
          for (let c = 0; c < claims; c++) {
            const target = `claim:c${c}`;
            const paths = sourcePaths(evidenceStructure(target, [{ kind: 'supports', rows }], 'test'), target);
            const fetched = part(graph, paths.nodes, paths.edges);
            for (const options of [{}, { quotedOnly: true }, { direct: true }]) expect(sourcesFor(fetched, target, options)).toEqual(sourcesFor(graph, target, options));
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it("obstaclesFor on the part obstaclePaths names (with each obstacle's own edges and their ends) answers as on the whole graph", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('supports', 'explains', 'documents', 'part-of', 'hinders', 'contradicts'), fc.boolean()), { minLength: 4, maxLength: 50 }),
        fc.array(fc.nat({ max: 100 }), { maxLength: 20 }),
        (claims, obstacles, pairs, shuffle) => {
          const nodes = [
            ...Array.from({ length: claims }, (_, i) => claim(`c${i}`)),
            ...Array.from({ length: 3 }, (_, i) => source(i)),
            ...Array.from({ length: obstacles }, (_, i) => obstacle(`o${i}`)),
            stage('charging', 1),
            stage('conviction', 2),
          ];
          const ends: Record<string, (a: number, b: number, flag: boolean) => [string, string]> = {
            supports: (a, b, fromSource) => [fromSource ? `source:${a % 3}` : `claim:c${a % claims}`, `claim:c${b % claims}`],
            contradicts: (a, b) => [`claim:c${a % claims}`, `claim:c${b % claims}`],
            explains: (a, b) => [`obstacle:o${a % obstacles}`, `claim:c${b % claims}`],
            documents: (a, b) => [`source:${a % 3}`, `obstacle:o${b % obstacles}`],
            // part-of only from a lower to a higher obstacle, so the graph stays acyclic.
            'part-of': (a, b) => [`obstacle:o${Math.min(a % obstacles, b % obstacles)}`, `obstacle:o${Math.max(a % obstacles, b % obstacles)}`],
            hinders: (a, b) => [`obstacle:o${a % obstacles}`, b % 2 ? 'stage:charging' : 'stage:conviction'],
          };
          const seen = new Set<string>();
          const edges = [];
          for (const [a, b, kind, flag] of pairs) {
            const [from, to] = ends[kind]!(a, b, flag);
            if (from === to) continue;
            const named: Record<string, string> = seen.has(`${from} ${kind} ${to}`) ? { id: `e${edges.length}` } : {};
            seen.add(`${from} ${kind} ${to}`);
            edges.push(edge(kind, from, to, { ...(flag ? { quote: 'q' } : {}), ...named }));
          }
          const graph = makeGraph({ nodes, edges });
          const structure = (target: string) => evidenceStructure(target, (['supports', 'explains'] as const).map((kind) => ({ kind, rows: structureRows(graph, shuffle, kind) })), 'test');
          for (let c = 0; c < claims; c++) {
            const target = `claim:c${c}`;
            for (const options of [{}, { direct: true }]) {
              const paths = obstaclePaths(structure(target), target, options);
              // What the store adds: each obstacle's documents, part-of and hinders edges, and the nodes at their ends.
              const keep = new Set([...paths.nodes, ...paths.obstacles]);
              const keptEdges = new Set(paths.edges);
              for (const o of paths.obstacles) {
                graph.forEachEdge(o, (key, e, from, to) => {
                  if ((to === o && (e.kind === 'documents' || e.kind === 'part-of')) || (from === o && (e.kind === 'hinders' || e.kind === 'part-of'))) {
                    keptEdges.add(key);
                    keep.add(from).add(to);
                  }
                });
              }
              expect(obstaclesFor(part(graph, keep, keptEdges), target, options)).toEqual(obstaclesFor(graph, target, options));
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
