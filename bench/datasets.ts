// The synthetic datasets the benchmark measures, by size in elements (nodes + edges), generated once into bench/tmp/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticDataset } from '../src/generate/write-synthetic.js';
import { packageRoot } from '../src/paths.js';

export interface BenchSize {
  name: string;
  /** Claims to generate: the generator makes about 8.35 elements per claim. */
  claims: number;
}

export const SIZES: readonly BenchSize[] = [
  { name: '1k', claims: 122 },
  { name: '10k', claims: 1_220 },
  { name: '100k', claims: 12_200 },
  { name: '1M', claims: 122_000 },
];

/** The sizes the viewer's interaction figures are measured at (bench/viewer-interactions.ts). */
export const VIEWER_SIZES: readonly BenchSize[] = [
  { name: '20k', claims: 2_440 },
  { name: '200k', claims: 24_400 },
];

export const SEED = 1;
export const DATA_DIR = join(packageRoot, 'bench', 'tmp');

export function sizeNamed(name: string): BenchSize {
  const size = [...SIZES, ...VIEWER_SIZES].find((s) => s.name === name);
  if (!size) throw new Error(`claimgraph/bench: no size "${name}" (known: ${[...SIZES, ...VIEWER_SIZES].map((s) => s.name).join(', ')})`);
  return size;
}

/** The folder of a size's dataset, generated on first use (deterministic: same seed, same bytes). */
export async function datasetDir(size: BenchSize, root = DATA_DIR): Promise<string> {
  const dir = join(root, `synthetic-${size.name}-seed${SEED}`);
  if (!existsSync(join(dir, 'graph.json'))) await writeSyntheticDataset(dir, { claims: size.claims, seed: SEED });
  return dir;
}
