// Writes a synthetic dataset as a new folder, all or nothing (./new-folder.ts), its graph.json streamed (a dataset of
// any size, never one string).
import { join } from 'node:path';
import { writeFileStreaming } from '../io/write-atomic.js';
import { datasetJsonChunks } from './dataset-json.js';
import { writeNewFolder } from './new-folder.js';
import { syntheticDataset, type SyntheticOptions } from './synthetic.js';
import type { DatasetFile } from '../model/schema.js';

export interface WrittenDataset {
  out: string;
  nodes: number;
  edges: number;
}

/** Edges per file: a dataset is a folder of files, and one file must stay well under the longest string a reader can hold. */
export const EDGES_PER_FILE = 1_000_000;

/** graph.json (meta, nodes and the first edges), then edges-2.json, edges-3.json, … when there are more edges. */
function splitFiles(file: DatasetFile, perFile: number): [string, DatasetFile][] {
  const edges = file.edges ?? [];
  if (edges.length <= perFile) return [['graph.json', file]];
  const files: [string, DatasetFile][] = [['graph.json', { ...file, edges: edges.slice(0, perFile) }]];
  for (let start = perFile, n = 2; start < edges.length; start += perFile, n++) {
    files.push([`edges-${n}.json`, { ...(file.$schema ? { $schema: file.$schema } : {}), edges: edges.slice(start, start + perFile) }]);
  }
  return files;
}

export async function writeSyntheticDataset(dir: string, options: SyntheticOptions, { edgesPerFile = EDGES_PER_FILE } = {}): Promise<WrittenDataset> {
  const { out, built: file } = await writeNewFolder(dir, () => syntheticDataset(options), async (temp, file) => {
    for (const [name, part] of splitFiles(file, edgesPerFile)) await writeFileStreaming(join(temp, name), datasetJsonChunks(part));
  });
  return { out, nodes: file.nodes!.length, edges: file.edges!.length };
}
