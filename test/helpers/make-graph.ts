// Small graphs and dataset folders built inside tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../src/load/build-graph.js';
import type { ClaimGraph } from '../../src/model/graph.js';

type Record_ = Record<string, unknown>;

export const question = (slug: string, extra: Record_ = {}) => ({ kind: 'question', id: `question:${slug}`, label: slug, text: `${slug}?`, ...extra });
export const claim = (slug: string, extra: Record_ = {}) => ({ kind: 'claim', id: `claim:${slug}`, label: slug, text: `claim ${slug}`, role: 'finding', ...extra });
export const source = (n: number | string, extra: Record_ = {}) => ({
  kind: 'source',
  id: `source:${n}`,
  label: `[${n}] source ${n}`,
  citation: String(n),
  type: 'other',
  identification: 'stated',
  ...extra,
});
export const obstacle = (slug: string, extra: Record_ = {}) => ({ kind: 'obstacle', id: `obstacle:${slug}`, label: slug, description: `obstacle ${slug}`, affects: 'both', ...extra });
export const stage = (slug: string, order: number) => ({ kind: 'stage', id: `stage:${slug}`, label: slug, order });
/** An edge; quoted when it carries a quote, else inferred with a note (the schema requires one or the other). */
export const edge = (kind: string, from: string, to: string, extra: Record_ = {}) => ({
  kind,
  from,
  to,
  ...(extra.quote !== undefined ? { basis: 'quoted' } : { basis: 'inferred', note: 'drawn by the test' }),
  ...extra,
});

export function makeGraph(spec: { nodes?: unknown[]; edges?: unknown[] }): ClaimGraph {
  return buildGraph([{ path: 'test.json', text: JSON.stringify(spec, null, 2) }], { source: 'test', defaultTitle: 'test' });
}

/** A temporary dataset folder holding the given files (name -> text or JSON value). */
export function writeDataset(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-test-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
  }
  return dir;
}
