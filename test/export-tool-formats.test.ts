// The formats for other tools, each parsed back by a real consumer: GraphML and GEXF (graphology's parsers, NetworkX),
// DOT (Graphviz), Mermaid, Turtle and JSON-LD (Oxigraph, with SPARQL), Cypher, CSV (csv-parse). Hostile strings included.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { defaultGraph, Store } from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvFormat } from '../src/export/formats/csv.js';
import { cypherFormat } from '../src/export/formats/cypher.js';
import { dotFormat } from '../src/export/formats/dot.js';
import { gexfFormat } from '../src/export/formats/gexf.js';
import { graphmlFormat } from '../src/export/formats/graphml.js';
import { jsonldFormat } from '../src/export/formats/jsonld.js';
import { mermaidFormat } from '../src/export/formats/mermaid.js';
import { turtleFormat } from '../src/export/formats/turtle.js';
import { nodeLabel, relationshipType } from '../src/export/neo4j-names.js';
import { loadGraph } from '../src/load/load-graph.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { flatValue } from '../src/export/fields.js';
import { exportFormat } from '../src/export/registry.js';
import type { ExportFile } from '../src/export/types.js';
import { NODE_KINDS } from '../src/model/schema.js';
import { defaultDatasetDir } from '../src/paths.js';
import { sourcesFor } from '../src/query/sources-for.js';
import { subgraph } from '../src/query/subgraph.js';
import { parseCypherScript } from './helpers/cypher-script.js';
import { hostileGraph, hostileStrings } from './helpers/hostile-strings.js';
import { claim, edge, makeGraph, source, work } from './helpers/make-graph.js';
import { graphTriples } from '../src/export/rdf/triples.js';
import { expand } from '../src/export/rdf/vocabulary.js';
import { graphFromRdf } from '../src/store/graph-from-rdf.js';

const ANSWER = 'claim:no-national-rate';
let graph: ClaimGraph;
let answerPart: ClaimGraph;
beforeAll(() => {
  graph = loadGraph(defaultDatasetDir);
  answerPart = subgraph(graph, { focus: ANSWER, depth: 2 });
});

type Fields = Record<string, unknown>;
/** Values as the flat formats carry them: lists (authors) flattened by the one function the exports use. */
const flat = (fields: Fields): Fields => Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, flatValue(value)]));
/** A node's values as the flat formats carry them: every field but its id. */
const nodeValues = (g: ClaimGraph): Record<string, Fields> =>
  Object.fromEntries(g.mapNodes((id, { id: _id, ...fields }) => [id, flat(fields)]));
/** An edge's values: every field but its key and ends. */
const edgeValues = (g: ClaimGraph): Record<string, Fields> =>
  Object.fromEntries(g.mapEdges((key, { id: _id, from: _from, to: _to, ...fields }) => [key, fields]));
/** Only the named fields of each record (a parser adds its own, such as colours and sizes). */
const only = (records: Record<string, Fields>, names: (id: string) => string[]) =>
  Object.fromEntries(Object.entries(records).map(([id, fields]) => [id, Object.fromEntries(names(id).filter((n) => n in fields).map((n) => [n, fields[n]]))]));
const ends = (g: { edges(): string[]; source(e: string): string; target(e: string): string }) => Object.fromEntries(g.edges().map((e) => [e, `${g.source(e)} -> ${g.target(e)}`]));

/** Compares a parsed graph with the original: same node ids, edge keys and ends, and the same typed values. */
function expectSameGraph(parsed: MultiDirectedGraph, original: ClaimGraph): void {
  expect(parsed.nodes().sort()).toEqual(original.nodes().sort());
  expect(ends(parsed)).toEqual(ends(original));
  const nodes = nodeValues(original);
  const edges = edgeValues(original);
  expect(only(Object.fromEntries(parsed.mapNodes((id, a) => [id, a])), (id) => Object.keys(nodes[id]!))).toEqual(nodes);
  expect(only(Object.fromEntries(parsed.mapEdges((key, a) => [key, a])), (key) => Object.keys(edges[key]!))).toEqual(edges);
}

/** Line ends as XML parsers give them back when a format cannot keep a lone \r (none of ours drop one; kept for clarity). */
describe('graphml and gexf', () => {
  it('graphml parses back (graphology-graphml) to the same nodes, edges and typed values', () => {
    const parsed = parseGraphml(MultiDirectedGraph, graphmlFormat.write(answerPart) as string);
    expectSameGraph(parsed, answerPart);
    expect(parsed.getNodeAttribute('stage:charging', 'order')).toBe(4);
    expect(parsed.getAttribute('title')).toBe(answerPart.getAttribute('title'));
  });

  it('gexf parses back (graphology-gexf) to the same nodes, edges and typed values, with colours by kind', () => {
    const parsed = parseGexf(MultiDirectedGraph, gexfFormat.write(answerPart) as string);
    expectSameGraph(parsed, answerPart);
    expect(typeof parsed.getNodeAttribute('stage:charging', 'order')).toBe('number');
    expect(parsed.getNodeAttribute(ANSWER, 'color')).toMatch(/^rgb/);
  });

  it('both keep hostile strings unchanged (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        expectSameGraph(parseGraphml(MultiDirectedGraph, graphmlFormat.write(g) as string), g);
        expectSameGraph(parseGexf(MultiDirectedGraph, gexfFormat.write(g) as string), g);
      }),
      { numRuns: 60 },
    );
  });

  /** A python3 that can import networkx: Debian's (python3-networkx) or the one on PATH; none means the test is skipped. */
  const python = ['/usr/bin/python3', 'python3'].find((exe) => spawnSync(exe, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0);

  it.skipIf(!python)('NetworkX reads both, with the same nodes, edges and values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-networkx-'));
    const hostile = hostileGraph(['a "quoted" <b>&amp;</b>', 'back\\slash', 'line\nbreak', '{ } % $ # _ ^ ~ |', 'émoji 😀 中文']);
    for (const [name, g] of [['answer', answerPart], ['hostile', hostile]] as const) {
      writeFileSync(join(dir, `${name}.graphml`), graphmlFormat.write(g) as string);
      writeFileSync(join(dir, `${name}.gexf`), gexfFormat.write(g) as string);
      const script = `
import json, sys, networkx as nx
out = {}
for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
    g = read(sys.argv[1] + "." + fmt)
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    out[fmt] = {"nodes": {n: d for n, d in g.nodes(data=True)}, "edges": {d.get("id", k): [u, v, d] for u, v, k, d in edges}}
print(json.dumps(out))`;
      const read = JSON.parse(execFileSync(python!, ['-c', script, join(dir, name)], { encoding: 'utf8' })) as Record<string, { nodes: Record<string, Fields>; edges: Record<string, [string, string, Fields]> }>;
      for (const [fmt, result] of Object.entries(read)) {
        const nodes = nodeValues(g);
        expect(Object.keys(result.nodes).sort(), fmt).toEqual(g.nodes().sort());
        expect(only(result.nodes, (id) => Object.keys(nodes[id]!)), fmt).toEqual(nodes);
        const edges = edgeValues(g);
        expect(Object.fromEntries(Object.entries(result.edges).map(([key, [u, v]]) => [key, `${u} -> ${v}`])), fmt).toEqual(ends(g));
        expect(only(Object.fromEntries(Object.entries(result.edges).map(([key, [, , d]]) => [key, d])), (key) => Object.keys(edges[key]!)), fmt).toEqual(edges);
      }
    }
  });
});

/** What Graphviz shows for an escString: \\ a backslash, \n \l \r line breaks, and &amp; decoded. */
const unEscString = (text: string) =>
  text.replace(/\\(.)/g, (_m, c: string) => (c === 'n' || c === 'l' || c === 'r' ? '\n' : c)).replace(/&amp;/g, '&');

const hasDot = spawnSync('dot', ['-V'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasDot)('dot', () => {
  const dotJson = (source: string) => {
    const run = spawnSync('dot', ['-Tjson'], { input: source, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as { objects: { name: string; label: string; shape: string }[]; edges?: { tail: number; head: number; id: string }[] };
  };

  it('dot -Tsvg accepts it and draws every node; -Tjson gives back every node, edge and label', () => {
    const source = dotFormat.write(answerPart) as string;
    const svg = spawnSync('dot', ['-Tsvg'], { input: source, encoding: 'utf8' });
    expect(svg.stderr).toBe('');
    expect(svg.status).toBe(0);
    expect(svg.stdout.match(/<g id="node\d+" class="node">/g)).toHaveLength(answerPart.order);
    const json = dotJson(source);
    expect(json.objects.map((o) => o.name).sort()).toEqual(answerPart.nodes().sort());
    expect(Object.fromEntries(json.objects.map((o) => [o.name, unEscString(o.label)]))).toEqual(Object.fromEntries(answerPart.mapNodes((id, n) => [id, n.label])));
    expect(json.edges!.map((e) => unEscString(e.id)).sort()).toEqual(answerPart.edges().sort());
  });

  it('hostile labels come through Graphviz as the same text (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const json = dotJson(dotFormat.write(g) as string);
        const labels = Object.fromEntries(json.objects.map((o) => [o.name, unEscString(o.label)]));
        expect(labels).toEqual(Object.fromEntries(g.mapNodes((id, n) => [id, n.label.replace(/\r\n|\r/g, '\n')])));
      }),
      { numRuns: 25 },
    );
  });
});

/** Undoes mermaidText: `<br>` a line feed, `#quot;` a quote, `#NNN;` that code point. */
const unMermaid = (text: string) =>
  text.replace(/<br>|#quot;|#(\d+);/g, (m, code: string | undefined) => (m === '<br>' ? '\n' : m === '#quot;' ? '"' : String.fromCodePoint(Number(code))));

describe('mermaid', () => {
  it('a flowchart with safe ids, kinds as classes, and every label coming back through the entity codes (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const lines = (mermaidFormat.write(g) as string).trimEnd().split('\n');
        expect(lines[0]).toBe('flowchart LR');
        const labels: Record<string, string> = {};
        for (const line of lines.slice(1)) {
          // Every line is one statement: no data can open a new line or close the label's quotes.
          const node = /^ {2}(n\d+)\["([^"\n]*)"\]$/.exec(line);
          const edgeLine = /^ {2}n\d+ (-->|-\.->)\|"[a-z-]+"\| n\d+$/.test(line);
          const style = /^ {2}(classDef|class|linkStyle) [^"]*$/.test(line);
          expect(node || edgeLine || style, line).toBeTruthy();
          if (node) labels[node[1]!] = unMermaid(node[2]!);
        }
        expect(Object.values(labels).sort()).toEqual(g.mapNodes((_id, n) => n.label).sort());
        for (const kind of NODE_KINDS.filter((k) => g.someNode((_id, n) => n.kind === k))) {
          expect(lines).toContain(lines.find((l) => l.startsWith(`  classDef ${kind} `)));
        }
      }),
      { numRuns: 100 },
    );
  });
});

const PREFIXES = 'PREFIX cito: <http://purl.org/spar/cito/> PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ';
const iriOf = (id: string) => `urn:claimgraph:${id}`;

function rdfStore(text: string, format: 'text/turtle' | 'application/ld+json'): Store {
  const store = new Store();
  store.load(text, { format });
  return store;
}
const dump = (store: Store) => (store.dump({ format: 'application/n-triples', from_graph_name: defaultGraph() }) as string).split('\n').sort().join('\n');

describe('turtle and jsonld', () => {
  it('load into Oxigraph as the same triples, and a SPARQL property path finds the sources sourcesFor finds, for every claim', () => {
    const turtle = rdfStore(turtleFormat.write(graph) as string, 'text/turtle');
    const jsonld = rdfStore(jsonldFormat.write(graph) as string, 'application/ld+json');
    expect(turtle.size).toBeGreaterThan(graph.order * 5);
    expect(dump(jsonld)).toBe(dump(turtle));
    const claims = graph.filterNodes((_id, n) => n.kind === 'claim');
    for (const claimId of claims) {
      const rows = turtle.query(`${PREFIXES} SELECT DISTINCT ?s WHERE { ?s cito:supports+ <${iriOf(claimId)}> . ?s a cito:Citation }`) as Map<string, { value: string }>[];
      expect(rows.map((row) => row.get('s')!.value).sort(), claimId).toEqual(sourcesFor(graph, claimId).map((s) => iriOf(s.source.id)).sort());
    }
    // The answer claim: 12 sources, four of them direct (cito:citesAsEvidence from the claim).
    const direct = turtle.query(`${PREFIXES} SELECT ?s WHERE { <${iriOf(ANSWER)}> cito:citesAsEvidence ?s }`) as unknown[];
    expect(direct).toHaveLength(sourcesFor(graph, ANSWER, { direct: true }).length);
  });

  it('keep quotes and sections of the edges (reified as rdf:Statement)', () => {
    const store = rdfStore(turtleFormat.write(graph) as string, 'text/turtle');
    const rows = store.query(
      `${PREFIXES} PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX cg: <urn:claimgraph:vocab:>
       SELECT ?quote WHERE { ?e rdf:subject <${iriOf('source:1')}> ; rdf:predicate cito:supports ; rdf:object <${iriOf(ANSWER)}> ; cg:quote ?quote }`,
    ) as Map<string, { value: string }>[];
    expect(rows.map((r) => r.get('quote')!.value)).toEqual([graph.getEdgeAttribute(`source:1 -supports-> ${ANSWER}`, 'quote')]);
  });

  it('give a work one schema:author per author and its date as precise as it is known; a source is the citation of it by its brief', () => {
    const store = rdfStore(turtleFormat.write(graph) as string, 'text/turtle');
    const authors = store.query(`${PREFIXES} SELECT ?a WHERE { <${iriOf('source:1')}> cito:hasCitedEntity ?w . ?w schema:author ?a }`) as Map<string, { value: string }>[];
    expect(authors.map((r) => r.get('a')!.value).sort()).toEqual(['Gast', 'Kahn', 'Mitchell', "O'Brien"]);
    const citing = store.query(`${PREFIXES} SELECT ?b WHERE { <${iriOf('source:1')}> cito:hasCitingEntity ?b . ?b a <urn:claimgraph:vocab:Brief> }`) as Map<string, { value: string }>[];
    expect(citing.map((r) => r.get('b')!.value)).toEqual([iriOf('brief:csam-possession-prosecution')]);
    const dates = store.query(`${PREFIXES} SELECT ?d WHERE { <${iriOf('work:pfefferkorn-2025')}> schema:datePublished ?d }`) as Map<string, { value: string; datatype: { value: string } }>[];
    expect(dates.map((r) => [r.get('d')!.value, r.get('d')!.datatype.value])).toEqual([['2025-03', 'http://www.w3.org/2001/XMLSchema#gYearMonth']]);
  });

  it('give every edge its own IRI, even for keys that differ only in a lone surrogate or a ~', () => {
    const keys = ['x\ud800', 'x\ufffd', 'x~ud800', 'x~~', 'x~'];
    const g = makeGraph({
      nodes: [claim('a'), claim('b')],
      edges: keys.map((id) => edge('supports', 'claim:a', 'claim:b', { id })),
    });
    for (const [text, format] of [[turtleFormat.write(g), 'text/turtle'], [jsonldFormat.write(g), 'application/ld+json']] as const) {
      const rows = rdfStore(text as string, format).query(`PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT ?e WHERE { ?e a rdf:Statement }`) as Map<string, { value: string }>[];
      expect(new Set(rows.map((r) => r.get('e')!.value)).size).toBe(keys.length);
    }
  });

  it('hostile labels, texts and quotes come back unchanged from both (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        for (const [text, format] of [[turtleFormat.write(g), 'text/turtle'], [jsonldFormat.write(g), 'application/ld+json']] as const) {
          const store = rdfStore(text as string, format);
          const rows = store.query(`${PREFIXES} SELECT ?n ?label WHERE { ?n rdfs:label ?label }`) as Map<string, { value: string }>[];
          expect(Object.fromEntries(rows.map((r) => [r.get('n')!.value, r.get('label')!.value]))).toEqual(Object.fromEntries(g.mapNodes((id, n) => [iriOf(id), n.label])));
          const texts = store.query(`${PREFIXES} SELECT ?text WHERE { <${iriOf('claim:answer')}> schema:text ?text }`) as Map<string, { value: string }>[];
          expect(texts.map((r) => r.get('text')!.value)).toEqual([g.getNodeAttribute('claim:answer', 'text' as never)]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('cypher', () => {
  it('one MERGE per node and per edge, with the kinds as labels and relationship types, values as they are in the graph', () => {
    const script = parseCypherScript(cypherFormat.write(answerPart) as string);
    expect(script.constraint).toBe(true);
    expect(Object.keys(script.nodes).sort()).toEqual(answerPart.nodes().sort());
    for (const [id, node] of Object.entries(script.nodes)) expect(node.labels).toEqual([nodeLabel(answerPart.getNodeAttribute(id, 'kind'))]);
    expect(Object.fromEntries(Object.entries(script.nodes).map(([id, n]) => [id, n.properties]))).toEqual(nodeValues(answerPart));
    expect(Object.fromEntries(Object.entries(script.edges).map(([key, e]) => [key, `${e.from} -> ${e.to}`]))).toEqual(ends(answerPart));
    for (const [key, e] of Object.entries(script.edges)) expect(e.type).toBe(relationshipType(answerPart.getEdgeAttribute(key, 'kind')));
    expect(Object.fromEntries(Object.entries(script.edges).map(([key, e]) => [key, e.properties]))).toEqual(edgeValues(answerPart));
  });

  it('hostile strings stay inside their literals and come back unchanged (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const script = parseCypherScript(cypherFormat.write(g) as string);
        expect(Object.fromEntries(Object.entries(script.nodes).map(([id, n]) => [id, n.properties]))).toEqual(nodeValues(g));
        expect(Object.fromEntries(Object.entries(script.edges).map(([key, e]) => [key, e.properties]))).toEqual(edgeValues(g));
      }),
      { numRuns: 100 },
    );
  });
});

describe('csv', () => {
  type Row = Record<string, string | number>;
  /** One file as neo4j-admin reads it: `name:int` (`:long`, `:double`) columns as numbers, an empty cell as no value, `:LABEL` as LABEL. */
  function table(text: string): Row[] {
    const [header, ...rows] = parseCsv(text) as string[][];
    const columns = header!.map((h) => {
      const [name, type] = h.split(':') as [string, string | undefined];
      return { key: name === '' ? type! : type === 'ID' ? 'id' : name, int: type === 'int' || type === 'long' || type === 'double' };
    });
    // Text cells starting with = + - @ tab CR or ' carry one leading apostrophe (formula neutralising): drop it.
    return rows.map((row) => Object.fromEntries(row.flatMap((cell, i) => (cell === '' ? [] : [[columns[i]!.key, columns[i]!.int ? Number(cell) : cell.replace(/^'/, '')]]))));
  }
  /** Node values by id and edge values by key, as the flat formats carry them, plus what neo4j-admin reads from the special columns. */
  function readCsv(g: ClaimGraph) {
    const files = Object.fromEntries((csvFormat.write(g) as { name: string; content: string }[]).map((f) => [f.name, f.content]));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const nodes: Record<string, Row> = {};
    const labels: Record<string, string | number> = {};
    for (const { id, LABEL, ...fields } of table(files['nodes.csv']!)) [nodes[id as string], labels[id as string]] = [fields, LABEL!];
    const edges: Record<string, Row> = {};
    const links: Record<string, string> = {};
    const types: Record<string, string | number> = {};
    for (const { key, START_ID, END_ID, TYPE, ...fields } of table(files['edges.csv']!)) {
      [edges[key as string], links[key as string], types[key as string]] = [fields, `${START_ID} -> ${END_ID}`, TYPE!];
    }
    return { nodes, labels, edges, links, types, header: files['nodes.csv']!.split('\n')[0] };
  }

  it('nodes.csv and edges.csv with neo4j-admin headers; every value comes back, typed', () => {
    const { nodes, labels, edges, links, types, header } = readCsv(answerPart);
    expect(header).toMatch(/^id:ID,:LABEL,kind,label,/);
    expect(header).toContain('order:int');
    expect(nodes).toEqual(nodeValues(answerPart));
    expect(labels[ANSWER]).toBe('Node;Claim');
    expect(links).toEqual(ends(answerPart));
    expect(types[`source:1 -supports-> ${ANSWER}`]).toBe('SUPPORTS');
    expect(edges).toEqual(edgeValues(answerPart));
  });

  it('hostile strings come back unchanged through a real CSV parser (property)', () => {
    fc.assert(
      fc.property(hostileStrings, (strings) => {
        const g = hostileGraph(strings);
        const { nodes, edges } = readCsv(g);
        expect(nodes).toEqual(nodeValues(g));
        expect(edges).toEqual(edgeValues(g));
      }),
      { numRuns: 100 },
    );
  });
});

describe('a truncated author list ("et al.") in the tool formats', () => {
  let g: ClaimGraph;
  beforeAll(() => {
    g = makeGraph({
      nodes: [
        work('1', { title: 'Child pornography possessors', authors: [{ family: 'Wolak', given: 'J.' }, { literal: 'NCMEC' }], authorsTruncated: true }),
        work('2', { title: 'Federal prosecution', authors: [{ family: 'Motivans', given: 'M.' }] }),
      ],
    });
  });

  it('flat formats end the authors in "et al." and carry authorsTruncated as a boolean', () => {
    const csv = Object.fromEntries((exportFormat('csv').write(g) as ExportFile[]).map((f) => [f.name, f.content]));
    const rows = parseCsv(csv['nodes.csv']!, { columns: true }) as Record<string, string>[];
    const column = (prefix: string) => Object.keys(rows[0]!).find((h) => h.split(':')[0] === prefix)!;
    expect(column('authorsTruncated')).toBe('authorsTruncated:boolean');
    expect(rows.map((r) => [r[column('authors')], r[column('authorsTruncated')]])).toEqual([
      ['Wolak, J.; NCMEC; et al.', 'true'],
      ['Motivans, M.', ''],
    ]);
    const graphml = parseGraphml(MultiDirectedGraph, graphmlFormat.write(g) as string);
    expect(graphml.getNodeAttribute('work:1', 'authors')).toBe('Wolak, J.; NCMEC; et al.');
    expect(graphml.getNodeAttribute('work:1', 'authorsTruncated')).toBe(true);
    expect(graphml.getNodeAttribute('work:2', 'authors')).toBe('Motivans, M.');
  });

  it('RDF says cg:authorsTruncated true as an xsd:boolean, and reads it back', () => {
    const store = rdfStore(turtleFormat.write(g) as string, 'text/turtle');
    const rows = store.query(`SELECT ?s ?t WHERE { ?s <urn:claimgraph:vocab:authorsTruncated> ?t }`) as Map<string, { value: string; datatype?: { value: string } }>[];
    expect(rows.map((r) => [r.get('s')!.value, r.get('t')!.value, r.get('t')!.datatype!.value])).toEqual([[iriOf('work:1'), 'true', 'http://www.w3.org/2001/XMLSchema#boolean']]);
    const triples = graphTriples(g).map((t) => ({ subject: t.subject, predicate: expand(t.predicate), object: 'iri' in t.object ? t.object : { literal: t.object.literal, ...(t.object.datatype ? { datatype: expand(t.object.datatype) } : {}) } }));
    const back = graphFromRdf(triples, triples);
    expect(back.getNodeAttributes('work:1')).toEqual(g.getNodeAttributes('work:1'));
    expect(back.getNodeAttributes('work:2')).not.toHaveProperty('authorsTruncated');
  });
});

describe('the basis of every edge, in every format', () => {
  /** The bundled dataset's edges by basis, as keys. */
  const keysOf = (basis: string) => graph.filterEdges((_k, e) => e.basis === basis).sort();

  it('flat formats carry it as a value, and flatten authors as "Family, Given; Organisation"', () => {
    const graphml = exportFormat('graphml').write(graph) as string;
    expect(graphml).toContain('<key id="e_basis" for="edge" attr.name="basis" attr.type="string"/>');
    const csv = Object.fromEntries((exportFormat('csv').write(graph) as ExportFile[]).map((f) => [f.name, f.content]));
    expect(csv['edges.csv']!.split('\n')[0]).toContain('basis');
    expect(csv['nodes.csv']).toContain("O'Brien; Kahn; Gast; Mitchell");
    const cypher = exportFormat('cypher').write(graph) as string;
    expect(cypher).toContain("`authors`: 'Smith, J. Brett'");
    expect((cypher.match(/`basis`: 'inferred'/g) ?? []).length).toBe(keysOf('inferred').length);
  });

  it('figures draw the curator\'s inference dashed and the brief\'s word solid', () => {
    const inferred = keysOf('inferred').length;
    const quoted = keysOf('quoted').length;
    expect(inferred).toBeGreaterThan(0);
    const dot = exportFormat('dot').write(graph) as string;
    expect((dot.match(/ "style"="dashed"/g) ?? []).length).toBe(inferred);
    const tikz = exportFormat('tikz').write(graph) as string;
    expect((tikz.match(/^\\draw\[e-[a-z-]+, dashed\]/gm) ?? []).length).toBe(inferred);
    expect((tikz.match(/^\\draw\[e-[a-z-]+\]/gm) ?? []).length).toBe(quoted);
    const svg = exportFormat('svg').write(graph) as string;
    const edgeLines = svg.slice(svg.indexOf('<g class="edges">')).match(/<line [^>]*>/g) ?? [];
    expect(edgeLines.filter((l) => l.includes('stroke-dasharray'))).toHaveLength(inferred);
    const mermaid = exportFormat('mermaid').write(graph) as string;
    expect((mermaid.match(/ -\.->\|/g) ?? []).length).toBe(inferred);
    expect((mermaid.match(/ -->\|/g) ?? []).length).toBe(quoted);
  });

  it('RDF gives each reified edge its cg:basis', async () => {
    const store = rdfStore(exportFormat('turtle').write(graph) as string, 'text/turtle');
    const rows = store.query('SELECT ?key ?basis WHERE { ?e <urn:claimgraph:vocab:key> ?key ; <urn:claimgraph:vocab:basis> ?basis }') as Map<string, { value: string }>[];
    const inferred = rows.filter((r) => r.get('basis')!.value === 'inferred').map((r) => r.get('key')!.value).sort();
    expect(rows).toHaveLength(graph.size);
    expect(inferred).toEqual(keysOf('inferred'));
  });
});
