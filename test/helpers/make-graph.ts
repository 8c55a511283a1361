// Small graphs and dataset folders built inside tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../src/load/build-graph.js';
import type { ClaimGraph } from '../../src/model/graph.js';

type Record_ = Record<string, unknown>;

/** The brief test nodes belong to unless they say otherwise; makeGraph adds it when a spec names it and lacks it. */
export const BRIEF = 'brief:t';
export const brief = (slug = 't', extra: Record_ = {}) => ({ kind: 'brief', id: `brief:${slug}`, label: `brief ${slug}`, ...extra });
export const question = (slug: string, extra: Record_ = {}) => ({ kind: 'question', id: `question:${slug}`, label: slug, brief: BRIEF, text: `${slug}?`, ...extra });
export const claim = (slug: string, extra: Record_ = {}) => ({ kind: 'claim', id: `claim:${slug}`, label: slug, brief: BRIEF, text: `claim ${slug}`, role: 'finding', ...extra });
export const work = (slug: string, extra: Record_ = {}) => ({ kind: 'work', id: `work:${slug}`, label: `work ${slug}`, ...extra });
export const source = (n: number | string, extra: Record_ = {}) => ({
  kind: 'source',
  id: `source:${n}`,
  label: `[${n}] source ${n}`,
  brief: BRIEF,
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

/** The spec with the default brief node added when a node names it and no node is it. */
export function withBrief<T extends { nodes?: unknown[] }>(spec: T): T {
  const nodes = (spec.nodes ?? []) as { id?: unknown; brief?: unknown }[];
  if (!nodes.some((n) => n.brief === BRIEF) || nodes.some((n) => n.id === BRIEF)) return spec;
  return { ...spec, nodes: [...nodes, brief()] };
}

export function makeGraph(spec: { nodes?: unknown[]; edges?: unknown[] }): ClaimGraph {
  return buildGraph([{ path: 'test.json', text: JSON.stringify(withBrief(spec), null, 2) }], { source: 'test', defaultTitle: 'test' });
}

/**
 * A temporary dataset folder holding the given files (name -> text or JSON value). When a JSON value's nodes name the
 * default brief and no file holds it, it is added at the end of the first such file's nodes (so earlier lines stay put).
 */
export function writeDataset(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-test-'));
  const values = Object.values(files).filter((v): v is { nodes?: { id?: unknown; brief?: unknown }[] } => typeof v === 'object' && v !== null);
  const holds = values.some((v) => v.nodes?.some((n) => n?.id === BRIEF));
  const first = values.find((v) => v.nodes?.some((n) => n?.brief === BRIEF));
  if (!holds && first) files = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v === first ? { ...first, nodes: [...first.nodes!, brief()] } : v]));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
  }
  return dir;
}
