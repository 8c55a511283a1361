// The synthetic generator behind `claimgraph generate` and the benchmark: valid, deterministic, and shaped like real
// briefs at scale (long-tailed citations, support chains up to six hops from a source to the answer, obstacles with parts).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../src/generate/synthetic.js';
import { buildGraph } from '../src/load/build-graph.js';
import { audit } from '../src/query/audit.js';
import { sourcesFor } from '../src/query/sources-for.js';
import { runCli } from './helpers/run-cli.js';

const build = (claims: number, seed: number) =>
  buildGraph([{ path: 'synthetic.json', text: JSON.stringify(syntheticDataset({ claims, seed })) }], { source: 'synthetic', defaultTitle: 'synthetic' });

describe('syntheticDataset', () => {
  it('is deterministic for a seed, and another seed gives another graph', () => {
    expect(JSON.stringify(syntheticDataset({ claims: 300, seed: 5 }))).toBe(JSON.stringify(syntheticDataset({ claims: 300, seed: 5 })));
    expect(JSON.stringify(syntheticDataset({ claims: 300, seed: 6 }))).not.toBe(JSON.stringify(syntheticDataset({ claims: 300, seed: 5 })));
  });

  it('is valid, with every kind of node and edge, and about 8 elements per claim', () => {
    const graph = build(1200, 3);
    const kinds = new Set(graph.mapNodes((_id, n) => n.kind));
    const edgeKinds = new Set(graph.mapEdges((_id, e) => e.kind));
    expect([...kinds].sort()).toEqual(['brief', 'claim', 'obstacle', 'question', 'source', 'stage', 'work']);
    for (const kind of ['supports', 'answers', 'documents', 'explains', 'part-of', 'hinders', 'precedes', 'refers-to']) expect(edgeKinds).toContain(kind);
    expect((graph.order + graph.size) / 1200).toBeGreaterThan(7);
    expect((graph.order + graph.size) / 1200).toBeLessThan(10);
  });

  it('gives every edge a basis (citations quoted, the rest inferred with a note) and obstacles to measurement no stage', () => {
    const graph = build(300, 5);
    graph.forEachEdge((key, edge) => {
      expect(edge.basis, key).toBe(edge.kind === 'supports' && edge.from.startsWith('source:') ? 'quoted' : 'inferred');
      if (edge.basis === 'inferred') expect(edge.note, key).toBeTruthy();
    });
    expect(audit(graph).measurementHinders).toEqual([]);
  });

  it('cites sources with a long tail: the most cited source backs far more claims than the typical one', () => {
    const graph = build(2000, 1);
    const citations = graph
      .filterNodes((_id, n) => n.kind === 'source')
      .map((id) => graph.outEdges(id).filter((e) => graph.getEdgeAttribute(e, 'kind') === 'supports').length)
      .sort((a, b) => b - a);
    const median = citations[citations.length >> 1]!;
    expect(citations[0]!).toBeGreaterThan(20 * Math.max(1, median));
    const top = citations.slice(0, Math.ceil(citations.length / 100)).reduce((a, b) => a + b, 0);
    expect(top / citations.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.1); // the top 1% carry over a tenth
  });

  it('builds support chains up to six hops from a source to the answer, and no longer', () => {
    const graph = build(1500, 2);
    const longest = Math.max(...sourcesFor(graph, 'claim:c0').map((s) => s.steps.length));
    expect(longest).toBeLessThanOrEqual(6);
    const deepest = Math.max(...graph.filterNodes((_id, n) => n.kind === 'claim').map((id) => Math.max(0, ...sourcesFor(graph, id).map((s) => s.steps.length))));
    expect(deepest).toBeLessThanOrEqual(6);
    // Some claim is five supports-hops below the answer, so some source reaches the answer in six.
    expect(longest).toBe(6);
  });
});

describe('claimgraph generate', () => {
  it('writes a dataset that validates, and refuses to overwrite a folder', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'claimgraph-generate-')), 'g');
    const made = await runCli('generate', '--claims', '50', '--seed', '9', '--out', dir, '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ out: dir });
    expect(existsSync(join(dir, 'graph.json'))).toBe(true);
    const valid = await runCli('validate', '--data', dir, '--json');
    expect(JSON.parse(valid.stdout)).toMatchObject({ valid: true });
    const before = readFileSync(join(dir, 'graph.json'), 'utf8');
    const again = await runCli('generate', '--claims', '60', '--out', dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe(before);
  });
});
