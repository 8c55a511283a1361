// Writes a synthetic dataset as a new folder, all or nothing: into a temporary folder beside it, then a rename.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  const temp = mkdtempSync(join(dirname(out), '.claimgraph-generate-'));
  try {
    writeFileSync(join(temp, 'graph.json'), JSON.stringify(file) + '\n');
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return { out, nodes: file.nodes!.length, edges: file.edges!.length };
}
