// Talks SPARQL 1.1 to a store: SELECT (TSV results), ASK (JSON results), CONSTRUCT (N-Triples), Update, and the Graph
// Store protocol.
// Every query runs under the time and row limits; an answer a limit cut is refused with a message naming the limit.
import type { RdfTriple } from '../export/rdf/read-triples.js';
import { HttpClient, StoreError } from './http-client.js';
import { parseNTriples } from './ntriples.js';
import type { QueryLimits, StoreTarget } from './store-target.js';
import { edgesQuery, nodesQuery, pointerQuery, type NodePattern } from './sparql-queries.js';
import { cellText, parseTsvResults, type Binding } from './tsv-results.js';

export type { Binding };

export class SparqlClient {
  constructor(
    readonly target: StoreTarget,
    readonly http: HttpClient,
    readonly limits: QueryLimits,
  ) {}

  private async query(query: string, accept: string, what: string): Promise<string> {
    const answer = await this.http.request({
      method: 'POST',
      url: this.target.endpoint,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
      body: new URLSearchParams({ query }).toString(),
      what,
      timeoutMs: this.limits.timeoutMs,
      onTimeout: (seconds) => `${what} ran past its time limit of ${seconds} s (raise it with --timeout <seconds>)`,
    });
    // Virtuoso's "anytime" answers: partial results, flagged in a header.
    const state = answer.headers.get('x-sql-state');
    if (state === 'S1TAT') throw new StoreError(`${what} was cut by the store's own time limit (it answered in part): the answer is refused`, 'limit');
    return answer.body;
  }

  private cut(what: string, rows: number): void {
    if (rows > this.limits.maxRows) {
      throw new StoreError(`${what} needs more than ${this.limits.maxRows.toLocaleString('en')} rows, the row limit (raise it with --max-rows <n>): the answer is refused rather than cut`, 'limit');
    }
  }

  /** Rows of a SELECT, which must end with the row limit (see `limit()`). */
  async select(query: string, what: string): Promise<Binding[]> {
    const text = await this.query(query, 'text/tab-separated-values', what);
    let rows: Binding[];
    try {
      rows = parseTsvResults(text);
    } catch (error) {
      throw new StoreError(`${what}: the store's answer is not SPARQL TSV results (${error instanceof Error ? error.message.replace(/^claimgraph\/[\w-]+: /, '') : String(error)})`, 'http');
    }
    this.cut(what, rows.length);
    return rows;
  }

  async ask(query: string, what: string): Promise<boolean> {
    const text = await this.query(query, 'application/sparql-results+json', what);
    const json = JSON.parse(text) as { boolean?: boolean; results?: { bindings?: Record<string, { value?: string }>[] } };
    if (typeof json.boolean === 'boolean') return json.boolean;
    // Virtuoso 7 answers ASK as a one-row result set: __ASK_RETVAL = 1 or 0.
    const rows = json.results?.bindings;
    if (rows && rows.length === 0) return false;
    const value = rows?.[0]?.['__ASK_RETVAL']?.value;
    if (value !== undefined) return value === '1' || value === 'true';
    throw new StoreError(`${what}: the store's answer to an ASK query is neither a boolean nor a result`, 'http');
  }

  /** The triples of a CONSTRUCT, which must end with the row limit (see `limit()`). */
  async construct(query: string, what: string): Promise<RdfTriple[]> {
    const text = await this.query(query, 'application/n-triples, text/plain;q=0.9', what);
    const triples = parseNTriples(text);
    this.cut(what, triples.length);
    return triples;
  }

  private data: Promise<string> | undefined;

  /** The graph that holds the dataset: the one --graph points to (`cg:dataGraph`), else --graph itself. Asked once. */
  dataGraph(fresh = false): Promise<string> {
    if (fresh || !this.data) {
      this.data = this.select(pointerQuery(this.target.graph), `reading where ${this.target.graph} points`).then((rows) => {
        return cellText(rows[0]?.data) ?? this.target.graph;
      });
    }
    return this.data;
  }

  /** The triples of the pattern's nodes and edges: two CONSTRUCTs (nodesQuery, edgesQuery), sent at once. */
  async part(graph: string, nodes: NodePattern, edges: NodePattern | undefined, what: string): Promise<RdfTriple[]> {
    const [nodeTriples, edgeTriples] = await Promise.all([
      this.construct(nodesQuery(graph, nodes, this.limit()), what),
      edges ? this.construct(edgesQuery(graph, edges, this.limit()), what) : Promise.resolve([]),
    ]);
    this.cut(what, nodeTriples.length + edgeTriples.length);
    return nodeTriples.concat(edgeTriples);
  }

  /** `LIMIT` one past the row limit, so an answer the limit would cut is seen as such. */
  limit(): string {
    return `LIMIT ${this.limits.maxRows + 1}`;
  }

  async update(update: string, what: string, timeoutMs = this.http.timeoutMs): Promise<void> {
    await this.http.request({
      method: 'POST',
      url: this.target.updateEndpoint,
      headers: { 'Content-Type': 'application/sparql-update' },
      body: update,
      what,
      timeoutMs,
    });
  }

  /** Adds N-Triples to a graph with the Graph Store protocol (POST: merge). The body is sent whole, with its length. */
  async addTriples(graph: string, body: Buffer, what: string): Promise<void> {
    const url = new URL(this.target.graphStore);
    url.searchParams.set(url.pathname.endsWith('-crud-auth') || url.pathname.endsWith('-crud') ? 'graph-uri' : 'graph', graph);
    await this.http.request({ method: 'POST', url: url.href, headers: { 'Content-Type': 'text/turtle' }, body, what }); // N-Triples is Turtle; every store reads Turtle
  }
}
