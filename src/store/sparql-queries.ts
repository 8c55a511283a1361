// Every SPARQL text claimgraph sends, generated from the RDF export's vocabulary (src/export/rdf/vocabulary.ts): edge
// kinds become their predicates, fields their properties. Property paths always have one end bound (Virtuoso rejects a
// transitive path with both ends free), subgraphs come back with CONSTRUCT, and every query ends with its row limit.
import { STORE_TERMS } from '../export/rdf/read-triples.js';
import { edgeIri } from '../export/rdf/triples.js';
import { DATASET_IRI, EDGE_FIELD_TERM, EDGE_PREDICATE, expand, NODE_BASE, NODE_FIELD_TERM, type CompactIri } from '../export/rdf/vocabulary.js';
import type { EdgeKind } from '../model/schema.js';

export const iri = (value: string) => `<${value}>`;
export const nodeIri = (id: string) => iri(NODE_BASE + id);
const name = (compact: CompactIri) => iri(expand(compact));
const predicateOf = (kind: EdgeKind) => name(EDGE_PREDICATE[kind]);
/** A string as a SPARQL literal. */
export const stringLiteral = (text: string) => JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The predicates a node's triples may carry that a reader needs: identity, class, place, and every field of the vocabulary. */
const NODE_PREDICATES = [
  name('rdf:type'),
  name('cg:id'),
  name(STORE_TERMS.position),
  ...new Set(Object.values(NODE_FIELD_TERM).map((t) => name(t.predicate))),
];
/** The predicates of a reified edge a reader needs. */
const EDGE_PREDICATES = [
  name('rdf:subject'),
  name('rdf:object'),
  name('cg:key'),
  name('cg:edgeKind'),
  name(STORE_TERMS.position),
  ...new Set(Object.values(EDGE_FIELD_TERM).map((t) => name(t.predicate))),
];

/**
 * A group pattern for the nodes (or reified edges) a query wants. It binds `v`, and puts `tail(x)` (what the query does
 * with each one) inside every alternative, where x is `v` or the constant IRI itself. Virtuoso 7.2 plans
 * `{ A UNION B } ?s ?p ?o`, and sub-selects, from the predicates (every label of the graph) instead of from the few
 * subjects: 0.2-1 s instead of 5-30 ms for one claim at a million elements; with the tail inside each branch it starts
 * from the bound end. Variables inside a pattern are fresh per use, so patterns nest without capturing each other.
 */
export type NodePattern = (v: string, tail?: Tail) => string;
export type Tail = (x: string) => string;

const none: Tail = () => '';
let counter = 0;
const fresh = (base: string) => `?${base}${++counter}`;

/** A constant node: the tail about it, then bound to `v`. */
const constant = (value: string, v: string, tail: Tail) => {
  const rest = tail(value);
  return rest ? `${rest} BIND(${value} AS ${v})` : `BIND(${value} AS ${v})`;
};

/** The claim and every node that reaches it over `kinds` edges (a property path bound at the claim; DISTINCT, as Virtuoso gives a node once per path). */
export const reachingNodes = (id: string, kinds: readonly EdgeKind[]): NodePattern => (v, tail = none) =>
  `{ ${constant(nodeIri(id), v, tail)} } UNION { { SELECT DISTINCT ${v} WHERE { ${v} (${kinds.map(predicateOf).join('|')})+ ${nodeIri(id)} } } ${tail(v)} }`;

/** The most names a pattern may list where it is nested (a UNION of constants); longer lists are `listed*`. */
export const NESTED_NAMES = 20;

/** Resources named by IRI, as a UNION of constants: safe anywhere in a query, for a few names (see NESTED_NAMES). */
const namedIris = (iris: readonly string[]): NodePattern => (v, tail = none) => {
  if (iris.length > NESTED_NAMES) throw new RangeError(`claimgraph/sparql-queries: ${iris.length} names where a pattern nests at most ${NESTED_NAMES} (use a listed pattern at the query's top level)`);
  return iris.map((value) => `{ ${constant(iri(value), v, tail)} }`).join(' UNION ');
};

/**
 * Resources named by IRI as one `VALUES` block, for any number of names, but only at a query's top level: Virtuoso
 * 7.2 drops the other branches of a UNION that holds a VALUES block inside a sub-select (seen here: the node came back,
 * its neighbours did not). Not `FILTER(?v IN (…))` either: on a store that also held a 1M-element graph Virtuoso
 * planned that from every subject of the anchor predicate, 6.5-15 s for 400 names where VALUES took 0.16-0.34 s.
 */
const listedIris = (iris: readonly string[]): NodePattern => (v, tail = none) => `VALUES ${v} { ${iris.map(iri).join(' ')} } ${tail(v)}`;

/** A few nodes named by id (at most NESTED_NAMES): usable anywhere. */
export const namedNodes = (ids: readonly string[]): NodePattern => namedIris(ids.map((id) => NODE_BASE + id));

/** Nodes named by id, any number, for a query's top level only. */
export const listedNodes = (ids: readonly string[]): NodePattern => listedIris(ids.map((id) => NODE_BASE + id));

/** Reified edges named by key, any number, for a query's top level only. */
export const listedEdges = (keys: readonly string[]): NodePattern => listedIris(keys.map(edgeIri));

/** Every node of the dataset. */
export const allNodes: NodePattern = (v, tail = none) => `${v} ${name('cg:id')} ${fresh('any_id')} . ${tail(v)}`;

/** Reified edges of `kinds` whose object or subject (`end`) is one of the pattern's nodes. */
export function edgesAt(nodes: NodePattern, end: 'object' | 'subject', kinds?: readonly EdgeKind[]): NodePattern {
  return (v, tail = none) => {
    // The kinds as constants (a FILTER IN beside a BIND is an internal error of Virtuoso 7.2's SPARQL compiler).
    const kindOf = (k: string) => `${v} ${name('cg:edgeKind')} ${stringLiteral(k)} .`;
    const kindFilter = !kinds ? '' : kinds.length === 1 ? ` ${kindOf(kinds[0]!)}` : ` { ${kinds.map(kindOf).join(' } UNION { ')} }`;
    return nodes(fresh('at'), (x) => `${v} ${name(end === 'object' ? 'rdf:object' : 'rdf:subject')} ${x} .${kindFilter} ${tail(v)}`);
  };
}

/**
 * The structure of the `kind` edges into the pattern's nodes, without their texts: each edge's ends, IRI (which encodes
 * its key), basis and place in the dataset (where the push stored it), one row per edge and path to it. Only IRIs, an
 * enum and a number: Virtuoso's TSV writes a literal's tabs and line ends raw, so a free-text key could not be read back. A walk over a broad claim reads these (at 100k elements the broadest claim has 66,630
 * supports edges under it: 5.6 MB of TSV in about 1 s, where the same edges' triples are 87 MB and 20-25 s).
 */
export function edgeStructureQuery(graph: string, nodes: NodePattern, kind: EdgeKind, limit: string): string {
  const tail = (x: string) =>
    `?edge ${name('rdf:object')} ${x} ; ${name('cg:edgeKind')} ${stringLiteral(kind)} ; ${name('rdf:subject')} ?from ; ${name(EDGE_FIELD_TERM.basis.predicate)} ?basis . OPTIONAL { ?edge ${name(STORE_TERMS.position)} ?position }`;
  return `SELECT ?from ?to ?edge ?basis ?position FROM ${iri(graph)} WHERE { ${nodes('?to', tail)} } ${limit}`;
}

/** Every reified edge of one kind. */
export const edgesOfKind = (kind: EdgeKind): NodePattern => (v, tail = none) => `${v} ${name('cg:edgeKind')} ${stringLiteral(kind)} . ${tail(v)}`;

/** Every node of one brief (its `brief` field). */
export const nodesOfBrief = (brief: string): NodePattern => (v, tail = none) => `${v} ${name(NODE_FIELD_TERM.brief.predicate)} ${stringLiteral(brief)} . ${tail(v)}`;

/** Every node of one class of the vocabulary (cg:Brief, …). */
export const nodesOfClass = (type: CompactIri): NodePattern => (v, tail = none) => `${v} ${name('rdf:type')} ${name(type)} . ${v} ${name('cg:id')} ${fresh('any_id')} . ${tail(v)}`;

/** Every reified edge of the dataset. */
export const allEdges: NodePattern = (v, tail = none) => `${v} ${name('cg:key')} ${fresh('any_key')} . ${tail(v)}`;

/** Nodes at either end of the pattern's edges. */
export const edgeEnds = (edges: NodePattern): NodePattern => (v, tail = none) =>
  edges(fresh('edge'), (e) => `{ ${e} ${name('rdf:subject')} ${v} . ${tail(v)} } UNION { ${e} ${name('rdf:object')} ${v} . ${tail(v)} }`);

/** The union of node patterns. */
export const union = (...patterns: NodePattern[]): NodePattern => (v, tail = none) => patterns.map((p) => `{ ${p(v, tail)} }`).join(' UNION ');

/**
 * CONSTRUCT the triples a reader needs of the pattern's nodes. The sub-select gives the subjects; `?s cg:id ?id` anchors
 * the join on them (without it Virtuoso 7.2 may start from the predicates, every node's label…: 0.3-1.2 s instead of
 * 30 ms for a claim's sources at 100k elements); FILTER rather than VALUES ?p for the same reason.
 */
export function nodesQuery(graph: string, nodes: NodePattern, limit: string): string {
  return `CONSTRUCT { ?s ?p ?o } FROM ${iri(graph)} WHERE { ${nodes('?s', (x) => `${x} ?p ?o .`)} } ${limit}`;
}

/** CONSTRUCT the triples a reader needs of the pattern's reified edges (anchored on `cg:key`, as nodes on `cg:id`). */
export function edgesQuery(graph: string, edges: NodePattern, limit: string): string {
  return `CONSTRUCT { ?s ?p ?o } FROM ${iri(graph)} WHERE { ${edges('?s', (x) => `${x} ?p ?o .`)} } ${limit}`;
}

/** CONSTRUCT the dataset's title, description and documents (without their texts), and the documents' texts if asked. */
export function metaQuery(graph: string, withContents: boolean, limit: string): string {
  const documentPredicates = [name('rdf:type'), name('schema:name'), name('cg:path'), name('cg:documentRole'), name(STORE_TERMS.position)];
  if (withContents) documentPredicates.push(name(STORE_TERMS.content));
  // The dataset's IRI stays a constant in the pattern: Virtuoso scans every triple for `BIND(<iri> AS ?s) ?s ?p ?o`.
  return `CONSTRUCT { ${iri(DATASET_IRI)} ?p ?o . ?d ?q ?v } FROM ${iri(graph)} WHERE {
  { ${iri(DATASET_IRI)} ?p ?o . VALUES ?p { ${name('schema:name')} ${name('schema:description')} } }
  UNION { ${iri(DATASET_IRI)} ${name('prov:wasDerivedFrom')} ?d . ?d ?q ?v . VALUES ?q { ${documentPredicates.join(' ')} } }
} ${limit}`;
}

/** Ids of the nodes one hop from `ids` over `kinds`, following edges out of them, into them, or both. */
export function hopQuery(graph: string, ids: readonly string[], kinds: readonly EdgeKind[], direction: 'in' | 'out' | 'both', limit: string): string {
  const predicates = kinds.map(predicateOf).join(' ');
  const at = `VALUES ?at { ${ids.map(nodeIri).join(' ')} } VALUES ?p { ${predicates} }`;
  const out = `{ ${at} ?at ?p ?next }`;
  const into = `{ ${at} ?next ?p ?at }`;
  const pattern = direction === 'out' ? out : direction === 'in' ? into : `${out} UNION ${into}`;
  return `SELECT DISTINCT ?next FROM ${iri(graph)} WHERE { ${pattern} } ${limit}`;
}

/** The ids of the pattern's nodes. */
export function nodeIdsQuery(graph: string, nodes: NodePattern, limit: string): string {
  return `SELECT DISTINCT ?id FROM ${iri(graph)} WHERE { ${nodes('?n', (x) => `${x} ${name('cg:id')} ?id .`)} } ${limit}`;
}

/**
 * Does the text of another brief than `brief` lie in `folder` (a dataset path's folder with its slash, '' at the top)?
 * briefDocuments needs only to know whether the folder is shared.
 */
export function briefInFolderQuery(graph: string, brief: string, folder: string): string {
  const path = '?path';
  const inFolder = folder === '' ? `!CONTAINS(${path}, "/")` : `STRSTARTS(${path}, ${stringLiteral(folder)}) && !CONTAINS(SUBSTR(${path}, ${folder.length + 1}), "/")`;
  return `ASK FROM ${iri(graph)} WHERE { ?b ${name('rdf:type')} ${name('cg:Brief')} ; ${name(NODE_FIELD_TERM.document.predicate)} ${path} . FILTER(?b != ${nodeIri(brief)} && ${inFolder}) }`;
}

/** The ids of the nodes at the ends of edges quoted from one of `paths` (a brief's documents). */
export function quotedFromEndsQuery(graph: string, paths: readonly string[], limit: string): string {
  const quoted = name(EDGE_FIELD_TERM.document.predicate);
  return `SELECT DISTINCT ?id FROM ${iri(graph)} WHERE { VALUES ?path { ${paths.map(stringLiteral).join(' ')} } ?e ${quoted} ?path . { ?e ${name('rdf:subject')} ?n } UNION { ?e ${name('rdf:object')} ?n } ?n ${name('cg:id')} ?id } ${limit}`;
}

/** Does the dataset hold a node with this id? */
export const hasNodeQuery = (graph: string, id: string) => `ASK FROM ${iri(graph)} WHERE { ${nodeIri(id)} ${name('cg:id')} ?id }`;

/** Nodes with a field among `fields` that matches `regex` (case ignored): the candidates of a text search. */
export function matchingNodes(fields: readonly string[], regex: string): NodePattern {
  const predicates = fields.map((f) => (f === 'id' ? name('cg:id') : (NODE_FIELD_TERM as Record<string, { predicate: CompactIri }>)[f] ? name((NODE_FIELD_TERM as Record<string, { predicate: CompactIri }>)[f]!.predicate) : undefined)).filter((p) => p !== undefined);
  return (v, tail = none) => {
    const [field, value] = [fresh('field'), fresh('value')];
    return `${v} ${field} ${value} . FILTER(${field} IN (${[...new Set(predicates)].join(', ')})) FILTER(REGEX(STR(${value}), ${stringLiteral(regex)}, "i")) ${v} ${name('cg:id')} ${fresh('any_id')} . ${tail(v)}`;
  };
}

/** The id of the first claim (by id) whose role is `answer`. */
export const answerQuery = (graph: string) =>
  `SELECT ?id FROM ${iri(graph)} WHERE { ?c ${name(NODE_FIELD_TERM.role.predicate)} "answer" ; ${name('cg:id')} ?id } ORDER BY ?id LIMIT 1`;

/**
 * The graph named by --graph holds one triple, `<graph> cg:dataGraph <data graph>`: the graph the push loaded. Switching
 * it is one small DELETE/INSERT, atomic for readers, where a MOVE would copy every triple (in Virtuoso 7 about as slow
 * as the load itself). A graph without the pointer is read directly.
 */
export const pointerQuery = (graph: string) => `SELECT ?data WHERE { GRAPH ${iri(graph)} { ${iri(graph)} ${name('cg:dataGraph')} ?data } } LIMIT 2`;
/**
 * Points `graph` at `data`: replaces the pointer to `old` in one DELETE/INSERT (which changes nothing if another push
 * moved the pointer meanwhile), or, for the first push, inserts it. (Virtuoso 7.2 inserts nothing for a DELETE/INSERT
 * whose WHERE is only an OPTIONAL that finds nothing, so the first push says INSERT DATA.)
 */
export function switchUpdate(graph: string, data: string, old: string | undefined): string {
  const pointer = (to: string) => `GRAPH ${iri(graph)} { ${iri(graph)} ${name('cg:dataGraph')} ${iri(to)} }`;
  return old === undefined ? `INSERT DATA { ${pointer(data)} }` : `DELETE { ${pointer(old)} } INSERT { ${pointer(data)} } WHERE { ${pointer(old)} }`;
}

export const countQuery = (graph: string) => `SELECT (COUNT(*) AS ?n) WHERE { GRAPH ${iri(graph)} { ?s ?p ?o } }`;
export const dropUpdate = (graph: string) => `DROP SILENT GRAPH ${iri(graph)}`;
