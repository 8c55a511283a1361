// Pulls a dataset back out of a store's named graph into a dataset folder: graph.json (dataset, nodes, edges in their
// pushed order) and the documents whose texts the push stored. Read through the vocabulary tables, validated with the
// loader before anything is written, and written all or nothing.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTriples } from '../export/rdf/read-triples.js';
import { createFolderAtomic } from '../io/write-folder-atomic.js';
import { validateDataset } from '../load/load-graph.js';
import { EdgeSchema, NodeSchema, type DatasetFile } from '../model/schema.js';
import { StoreError } from './http-client.js';
import type { SparqlClient } from './sparql-client.js';
import { allEdges, allNodes, metaQuery } from './sparql-queries.js';

export interface PullResult {
  out: string;
  nodes: number;
  edges: number;
  files: string[];
}

export const PULLED_FILE = 'graph.json';

export async function pullGraph(client: SparqlClient, out: string): Promise<PullResult> {
  if (existsSync(out) && readdirSync(out).length > 0) throw new StoreError(`${out} already exists and is not empty: pull writes a new dataset folder`, 'data');
  const named = client.target.graph;
  const graph = await client.dataGraph(true);
  const [meta, triples] = await Promise.all([
    client.construct(metaQuery(graph, true, client.limit()), `reading the dataset's title and documents from ${named}`),
    client.part(graph, allNodes, allEdges, `reading the dataset of ${named}`),
  ]);
  if (meta.length === 0) throw new StoreError(`the store has no claimgraph dataset in the graph ${named} (push one with claimgraph push)`, 'not-found');
  const { meta: datasetMeta, contents } = readTriples(meta);
  const data = readTriples(triples);
  const file: DatasetFile = {
    dataset: datasetMeta,
    nodes: data.nodes.map((record) => NodeSchema.parse(record)),
    edges: data.edges.map((record) => EdgeSchema.parse(record)),
  };
  const text = JSON.stringify(file, null, 2) + '\n';
  const files = [PULLED_FILE];
  await createFolderAtomic(out, (temp) => {
    writeFileSync(join(temp, PULLED_FILE), text);
    for (const [path, content] of contents) {
      const target = join(temp, path);
      if (!target.startsWith(temp + '/')) throw new StoreError(`the store names a document outside the dataset folder: ${JSON.stringify(path)}`, 'data');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      files.push(path);
    }
    // The loader's checks, on the folder as it will be (documents included), before it is renamed into place.
    validateDataset(temp, [{ path: join(out, PULLED_FILE), text }]);
  });
  return { out, nodes: file.nodes!.length, edges: file.edges!.length, files };
}
