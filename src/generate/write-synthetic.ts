// Writes a synthetic dataset as a new folder, all or nothing (src/io/write-folder-atomic.ts).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeFolderAtomic } from '../io/write-folder-atomic.js';
import { syntheticDataset, type SyntheticOptions } from './synthetic.js';

export interface WrittenDataset {
  out: string;
  nodes: number;
  edges: number;
}

export function writeSyntheticDataset(dir: string, options: SyntheticOptions): WrittenDataset {
  const out = resolve(dir);
  if (existsSync(out)) throw new RangeError(`claimgraph/generate: ${out} exists already; generate writes a new folder`);
  const file = syntheticDataset(options);
  mkdirSync(dirname(out), { recursive: true });
  writeFolderAtomic(out, (temp) => writeFileSync(join(temp, 'graph.json'), JSON.stringify(file) + '\n'));
  return { out, nodes: file.nodes!.length, edges: file.edges!.length };
}
