// Opens a store for the command and the API: its addresses, credentials, HTTP client and limits in one object.
import { storeCredentials } from './credentials.js';
import { HttpClient } from './http-client.js';
import { SparqlClient } from './sparql-client.js';
import { StoreGraph } from './store-graph.js';
import { DEFAULT_LIMITS, storeTarget, type QueryLimits } from './store-target.js';

export interface OpenStoreOptions {
  endpoint: string;
  graph: string;
  updateEndpoint?: string | undefined;
  graphStore?: string | undefined;
  limits?: Partial<QueryLimits>;
  /** Where credentials come from (default: the process environment). */
  env?: NodeJS.ProcessEnv;
  retries?: number;
}

export interface Store {
  client: SparqlClient;
  graph: StoreGraph;
}

export function openStore(options: OpenStoreOptions): Store {
  const target = storeTarget(options.endpoint, options.graph, { updateEndpoint: options.updateEndpoint, graphStore: options.graphStore });
  const limits: QueryLimits = { ...DEFAULT_LIMITS, ...(options.limits ?? {}) };
  const http = new HttpClient({ credentials: storeCredentials(target.endpoint, options.env), timeoutMs: Math.max(limits.timeoutMs, 60_000), ...(options.retries === undefined ? {} : { retries: options.retries }) });
  const client = new SparqlClient(target, http, limits);
  return { client, graph: new StoreGraph(client) };
}
