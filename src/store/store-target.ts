// Where a store is: its SPARQL query endpoint, the update endpoint and the Graph Store endpoint derived from it (or
// given), the named graph, and the limits every query runs under.
import { StoreError } from './http-client.js';

export interface StoreTarget {
  /** SPARQL 1.1 query endpoint, e.g. http://127.0.0.1:8890/sparql */
  endpoint: string;
  /** SPARQL 1.1 Update endpoint (authenticated). Virtuoso: <base>/sparql-auth. */
  updateEndpoint: string;
  /** Graph Store HTTP Protocol endpoint (authenticated), taking `?graph=<iri>`. Virtuoso: <base>/sparql-graph-crud-auth. */
  graphStore: string;
  /** The named graph that holds the dataset. */
  graph: string;
}

export interface QueryLimits {
  /** Time limit of one query, in ms. */
  timeoutMs: number;
  /** Largest number of rows (or triples) one answer may hold; a bigger answer is refused, never cut silently. */
  maxRows: number;
}

export const DEFAULT_LIMITS: QueryLimits = { timeoutMs: 30_000, maxRows: 2_000_000 };

/** An absolute IRI we can put between < > in a query. */
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\u0000-\u0020<>"{}|^`\\]+$/;

export function checkGraphIri(graph: string): string {
  if (!IRI.test(graph)) throw new StoreError(`the graph must be an absolute IRI such as urn:claimgraph:graph:mine or https://example.org/graph (got ${JSON.stringify(graph)})`, 'data');
  return graph;
}

/**
 * The store's addresses. Paths not given are derived the way Virtuoso lays them out (`/sparql` for queries,
 * `/sparql-auth` for updates, `/sparql-graph-crud-auth` for the Graph Store protocol); other stores name theirs.
 */
export function storeTarget(endpoint: string, graph: string, given: { updateEndpoint?: string | undefined; graphStore?: string | undefined } = {}): StoreTarget {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new StoreError(`--endpoint must be an http(s) URL such as http://127.0.0.1:8890/sparql (got ${JSON.stringify(endpoint)})`, 'data');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new StoreError(`--endpoint must be an http(s) URL (got ${url.protocol})`, 'data');
  const base = `${url.protocol}//${url.host}${url.pathname.replace(/\/sparql\/?$/, '')}`;
  return {
    endpoint: url.href,
    updateEndpoint: given.updateEndpoint ?? `${base}/sparql-auth`,
    graphStore: given.graphStore ?? `${base}/sparql-graph-crud-auth`,
    graph: checkGraphIri(graph),
  };
}
