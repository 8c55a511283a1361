// Figure 4: heap and RSS after loading, per element, each size measured in a fresh process so sizes do not mix.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';

export interface MemoryFigure {
  elements: number;
  heapBytes: number;
  rssBytes: number;
  heapPerElement: number;
  /** RSS growth during the load (the process's own baseline left out), per element. */
  rssGrowthPerElement: number;
}

export function measureMemory(dir: string): MemoryFigure {
  // The compiled child (npm run build), also when this module runs from source in the smoke test.
  const child = join(packageRoot, 'dist', 'bench', 'memory-child.js');
  const out = execFileSync(process.execPath, ['--expose-gc', child, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const m = JSON.parse(out) as { elements: number; heapAfter: number; heapBefore: number; rssAfter: number; rssBefore: number };
  const heapBytes = m.heapAfter - m.heapBefore;
  return { elements: m.elements, heapBytes, rssBytes: m.rssAfter, heapPerElement: heapBytes / m.elements, rssGrowthPerElement: (m.rssAfter - m.rssBefore) / m.elements };
}
