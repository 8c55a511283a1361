// Pushes a dataset into a store's named graph: streams its triples as N-Triples in batches into a fresh graph, checks
// that the store holds as many triples as were sent, then switches the fresh graph in. A push
// that fails anywhere before the switch leaves the old graph as it was (and drops the fresh one). The switch moves the
// pointer in the named graph (see pointerQuery in ./sparql-queries.ts) and then drops the graph it pointed to before.
import { STORE_TERMS } from '../export/rdf/read-triples.js';
import { readDatasetDocument } from '../load/load-graph.js';
import { eachTriple, type Triple } from '../export/rdf/triples.js';
import { expand } from '../export/rdf/vocabulary.js';
import type { ClaimGraph } from '../model/graph.js';
import { StoreError } from './http-client.js';
import { tripleLine } from './ntriples.js';
import { countQuery, dropUpdate, switchUpdate } from './sparql-queries.js';
import type { SparqlClient } from './sparql-client.js';
import { cellText } from './tsv-results.js';

export interface PushProgress {
  /** Nodes and edges sent so far, and in all. */
  elements: number;
  total: number;
  triples: number;
}

export interface PushOptions {
  /** The dataset folder, whose documents (the brief) are stored with the graph so a pull can write them back. */
  dataDir?: string;
  /** Bytes of N-Triples per request (default 2 MB: bigger batches were no faster into Virtuoso). */
  batchBytes?: number;
  /**
   * Batches sent at once (default 2). The store is the slower side: at 100k elements into Virtuoso one at a time took
   * 19.5-20.9 s, two 11.2-15.4 s, three 10.8 s, four 12.9 s.
   */
  inFlight?: number;
  onProgress?: (progress: PushProgress) => void;
  /** Called after the batches are stored and counted, before the switch (tests use it to make a push fail there). */
  beforeSwitch?: () => Promise<void> | void;
}

export interface PushResult {
  graph: string;
  nodes: number;
  edges: number;
  /** Distinct triples sent, and what the store counted in the new graph. */
  triples: number;
  stored: number;
  batches: number;
  ms: number;
  /** Of which: sending the batches, counting, and the switch. */
  sendMs: number;
  countMs: number;
  switchMs: number;
}

const position = (subject: string, index: number): Triple[] => [{ subject, predicate: STORE_TERMS.position, object: { literal: String(index), datatype: 'xsd:integer' } }];

/** Triples sent twice (the plain edge triple of parallel edges of one kind): the store keeps one of each. */
function duplicateTriples(graph: ClaimGraph): number {
  let duplicates = 0;
  const seen = new Set<string>();
  graph.forEachEdge((_key, edge, from, to) => {
    if (graph.edges(from, to).length < 2) return;
    const id = `${from}\u0000${edge.kind}\u0000${to}`;
    if (!seen.has(id)) return void seen.add(id);
    duplicates += 1;
    if (graph.getNodeAttribute(from, 'kind') === 'source' && (edge.kind === 'supports' || edge.kind === 'documents')) duplicates += 1;
  });
  return duplicates;
}

export async function pushGraph(client: SparqlClient, graph: ClaimGraph, options: PushOptions = {}): Promise<PushResult> {
  const started = performance.now();
  const target = client.target.graph;
  const fresh = `${target}-claimgraph-push-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const batchBytes = options.batchBytes ?? 2 * 1024 * 1024;
  const inFlightLimit = options.inFlight ?? 2;
  if (!Number.isInteger(inFlightLimit) || inFlightLimit < 1) throw new TypeError(`claimgraph/push: inFlight must be a whole number >= 1 (got ${String(options.inFlight)})`);
  const total = graph.order + graph.size;
  let elements = 0;
  let sent = 0;
  let batches = 0;
  const hooks = {
    node: (subject: string, index: number) => (elements++, position(subject, index)),
    edge: (statement: string, index: number) => (elements++, position(statement, index)),
    document: (subject: string, index: number, path: string) => {
      const content = options.dataDir === undefined ? undefined : readDatasetDocument(options.dataDir, path);
      return [...position(subject, index), ...(content === undefined ? [] : [{ subject, predicate: STORE_TERMS.content, object: { literal: content } } satisfies Triple])];
    },
  };

  await client.update(dropUpdate(fresh), 'clearing the new graph');
  let switched = false;
  // Up to inFlightLimit requests at once, while this process builds the next batch.
  const inFlight: Promise<void>[] = [];
  try {
    let parts: string[] = [];
    let size = 0;
    let reported = 0;
    const flush = async () => {
      if (parts.length === 0) return;
      const body = Buffer.from(parts.join(''), 'utf8');
      parts = [];
      size = 0;
      batches += 1;
      const progress = { elements, total, triples: sent };
      if (inFlight.length >= inFlightLimit) await inFlight.shift();
      const request = client.addTriples(fresh, body, `writing batch ${batches} of the push`).then(() => {
        // Batches may finish out of order: the bar only moves forward.
        if (progress.triples > reported) options.onProgress?.(progress);
        reported = Math.max(reported, progress.triples);
      });
      request.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
      inFlight.push(request);
    };
    for (const triple of eachTriple(graph, hooks)) {
      const line = tripleLine(triple.subject, expand(triple.predicate), 'iri' in triple.object ? triple.object : { literal: triple.object.literal, ...(triple.object.datatype ? { datatype: expand(triple.object.datatype) } : {}) });
      parts.push(line);
      size += line.length;
      sent += 1;
      if (size >= batchBytes) await flush();
    }
    await flush();
    while (inFlight.length > 0) await inFlight.shift();
    const sendMs = performance.now() - started;
    const expected = sent - duplicateTriples(graph);
    const stored = await countTriples(client, fresh);
    const countMs = performance.now() - started - sendMs;
    if (stored !== expected) {
      throw new StoreError(`the store holds ${stored.toLocaleString('en')} triples of the ${expected.toLocaleString('en')} sent to the new graph; the push is abandoned and ${target} is unchanged`, 'data');
    }
    await options.beforeSwitch?.();
    // The switch: one update, atomic for readers (they see the old graph, then the new one).
    const switchStart = performance.now();
    const before = await client.dataGraph(true);
    // The switch: one DELETE/INSERT of the pointer, atomic for readers (they see the old data graph, then the new one).
    await client.update(switchUpdate(target, fresh, before === target ? undefined : before), `switching ${target} to the new graph`);
    if ((await client.dataGraph(true)) !== fresh) throw new StoreError(`another push switched ${target} while this one ran; this one is abandoned`, 'data');
    switched = true;
    // What the pointer named before (or the dataset loaded into the named graph itself, before pointers) goes.
    if (before !== target) await client.update(dropUpdate(before), `dropping the previous data graph of ${target}`, Math.max(client.http.timeoutMs, 600_000));
    const switchMs = performance.now() - switchStart;
    return { graph: target, nodes: graph.order, edges: graph.size, triples: expected, stored, batches, ms: performance.now() - started, sendMs, countMs, switchMs };
  } catch (error) {
    if (!switched) {
      await Promise.allSettled(inFlight); // so that no batch lands in the graph after it is dropped
      await client.update(dropUpdate(fresh), 'dropping the unfinished graph').catch(() => undefined);
    }
    throw error;
  }
}

export async function countTriples(client: SparqlClient, graph: string): Promise<number> {
  const [row] = await client.select(countQuery(graph), `counting the triples of ${graph}`);
  return Number(cellText(row?.n) ?? 0);
}
