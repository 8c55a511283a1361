// The evidence-flow layout: what its sweeps must keep now that they run on indexes (parallel edges count once, ids the
// collator finds equal keep the dataset's order), on random graphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceFlowLayout } from '../src/layout/evidence-flow.js';
import { claim, edge, makeGraph, obstacle, question, source } from './helpers/make-graph.js';

// Slugs the collator partly ties (c1, c01, C1, c001 compare equal with numeric collation).
const SLUGS = ['c1', 'c01', 'c2', 'c10', 'C1', 'c001', 'a', 'b', 'c3', 'c4', 'c5', 'c6'];

/** A random graph's nodes and edges: claims under one answer, sources and obstacles, some edges twice (`again`). */
const graphSpec = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...SLUGS), { minLength: 1, maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.constantFrom('supports', 'contradicts', 'source', 'obstacle'), fc.boolean()), { maxLength: 40 }),
  )
  .map(([claims, pairs]) => {
    const nodes = [question('q'), ...claims.map((s) => claim(s)), source(1), source(2), source('02'), obstacle('o1'), obstacle('o2')];
    const edges: Record<string, unknown>[] = [edge('answers', `claim:${claims[0]}`, 'question:q')];
    const again: typeof edges = [];
    pairs.forEach(([a, b, kind, twice], n) => {
      const from = kind === 'source' ? ['source:1', 'source:2', 'source:02'][a % 3]! : kind === 'obstacle' ? `obstacle:o${(a % 2) + 1}` : `claim:${claims[a % claims.length]}`;
      const made = edge(kind === 'source' ? 'supports' : kind === 'obstacle' ? 'explains' : kind, from, `claim:${claims[b % claims.length]}`, { id: `e${n}` });
      edges.push(made);
      if (twice) again.push({ ...made, id: `again${n}` });
    });
    return { nodes, edges, again };
  });

/** The graph, or undefined when the random edges make one the loader refuses (a cycle of supports). */
const built = (spec: { nodes: unknown[]; edges: unknown[] }) => {
  try {
    return makeGraph(spec);
  } catch {
    return undefined;
  }
};

describe('evidenceFlowLayout', () => {
  it('a parallel edge, or the same edge again under another id, moves nothing (random graphs)', () => {
    fc.assert(
      fc.property(graphSpec, ({ nodes, edges, again }) => {
        const once = built({ nodes, edges });
        fc.pre(once !== undefined && again.length > 0);
        expect([...evidenceFlowLayout(built({ nodes, edges: [...edges, ...again] })!)]).toEqual([...evidenceFlowLayout(once!)]);
      }),
      { numRuns: 300 },
    );
  });

  it('places every node, the same way every time (random graphs)', () => {
    fc.assert(
      fc.property(graphSpec, ({ nodes, edges }) => {
        const graph = built({ nodes, edges });
        fc.pre(graph !== undefined);
        const positions = evidenceFlowLayout(graph!);
        expect([...positions.keys()].sort()).toEqual(graph!.nodes().sort());
        expect([...evidenceFlowLayout(graph!)]).toEqual([...positions]);
      }),
      { numRuns: 200 },
    );
  });

  it('ids the collator finds equal (claim:c1, claim:c01) keep the order the dataset lists them in', () => {
    const layout = (slugs: string[]) => {
      const graph = makeGraph({ nodes: [question('q'), claim('top'), ...slugs.map((s) => claim(s))], edges: [edge('answers', 'claim:top', 'question:q'), ...slugs.map((s) => edge('supports', `claim:${s}`, 'claim:top'))] });
      const positions = evidenceFlowLayout(graph);
      return slugs.map((s) => positions.get(`claim:${s}`)!.y);
    };
    const [c1, c01] = layout(['c1', 'c01']);
    expect(c1).toBeLessThan(c01!);
    const [c01First, c1Second] = layout(['c01', 'c1']);
    expect(c01First).toBeLessThan(c1Second!);
  });
});
