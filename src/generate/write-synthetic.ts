// Writes a synthetic dataset as a new folder, all or nothing (src/io/write-folder-atomic.ts), its graph.json streamed
// (a dataset of any size, never one string), under a lock so two writers cannot race.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OperationError } from '../io/failure.js';
import { withLock } from '../io/lock.js';
import { writeFileStreaming } from '../io/write-atomic.js';
import { createFolderAtomic } from '../io/write-folder-atomic.js';
import { datasetJsonChunks } from './dataset-json.js';
import { syntheticDataset, type SyntheticOptions } from './synthetic.js';

export interface WrittenDataset {
  out: string;
  nodes: number;
  edges: number;
}

export async function writeSyntheticDataset(dir: string, options: SyntheticOptions): Promise<WrittenDataset> {
  const out = resolve(dir);
  const message = `claimgraph/generate: ${out} exists already; generate writes a new folder`;
  // Named an existing folder: bad usage (exit 2). Created by another writer while this one worked: exit 1.
  if (existsSync(out)) throw new RangeError(message);
  const file = syntheticDataset(options);
  mkdirSync(dirname(out), { recursive: true });
  return withLock(out, async () => {
    if (existsSync(out)) throw new OperationError(message);
    await createFolderAtomic(out, (temp) => writeFileStreaming(join(temp, 'graph.json'), datasetJsonChunks(file)));
    return { out, nodes: file.nodes!.length, edges: file.edges!.length };
  });
}
