// The queries on small graphs built here, including property tests against an independent shortest-path engine.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { audit } from '../src/query/audit.js';
import { claimsBackedBy, obstaclesDocumentedBy } from '../src/query/claims-backed-by.js';
import { find, firstInOrder, normalise, normaliseAnyText, resolveNode } from '../src/query/find.js';
import { neighbourhood } from '../src/query/neighbourhood.js';
import { obstaclesFor } from '../src/query/obstacles-for.js';
import { sourcesFor } from '../src/query/sources-for.js';
import { loadGraph } from '../src/load/load-graph.js';
import { defaultDatasetDir } from '../src/paths.js';
import { claim, edge, makeGraph, obstacle, question, source, stage, work } from './helpers/make-graph.js';

// answer <- mid <- leaf; sources: 1 -> answer, 2 -> mid, 3 -> leaf, 4 -> leaf and mid; 5 contradicts answer; 6 cites nothing.
const small = () =>
  makeGraph({
    nodes: [
      question('q'),
      claim('answer', { role: 'answer' }),
      claim('mid'),
      claim('leaf'),
      claim('lonely'),
      source(1, { type: 'academic-study' }),
      source(2, { type: 'press-release' }),
      source(3),
      source(4, { identification: 'candidate', evidence: 'same title' }),
      work('w4', { title: 'The document [4] is' }),
      source(5),
      source(6),
      obstacle('burden'),
      obstacle('shared-devices'),
      obstacle('ghost'),
      stage('charging', 4),
      stage('conviction', 5),
    ],
    edges: [
      edge('answers', 'claim:answer', 'question:q'),
      edge('supports', 'claim:mid', 'claim:answer', { note: 'mid backs answer' }),
      edge('supports', 'claim:leaf', 'claim:mid'),
      edge('supports', 'source:1', 'claim:answer', { quote: 'q1' }),
      edge('supports', 'source:2', 'claim:mid', { quote: 'q2' }),
      edge('supports', 'source:3', 'claim:leaf', { quote: 'q3' }),
      edge('supports', 'source:4', 'claim:leaf'),
      edge('supports', 'source:4', 'claim:mid'),
      edge('supports', 'source:2', 'claim:lonely'),
      edge('contradicts', 'source:5', 'claim:answer'),
      edge('qualifies', 'claim:lonely', 'claim:answer'),
      edge('explains', 'obstacle:burden', 'claim:answer'),
      edge('explains', 'obstacle:ghost', 'claim:leaf'),
      edge('part-of', 'obstacle:shared-devices', 'obstacle:burden'),
      edge('documents', 'source:3', 'obstacle:burden', { quote: 'doc3' }),
      edge('documents', 'source:1', 'obstacle:burden'),
      edge('hinders', 'obstacle:burden', 'stage:conviction'),
      edge('hinders', 'obstacle:burden', 'stage:charging'),
      edge('precedes', 'stage:charging', 'stage:conviction'),
      edge('refers-to', 'source:4', 'work:w4'),
    ],
  });

describe('sourcesFor', () => {
  it('lists direct sources, then indirect ones by path length, with the quotes along each path', () => {
    const result = sourcesFor(small(), 'claim:answer');
    // Only [1] reaches the answer by quoted edges; the others cross the inferred link mid -> answer (and [4] its own).
    expect(result.map((r) => [r.source.id, r.direct, r.basis, r.path])).toEqual([
      ['source:1', true, 'quoted', ['source:1', 'claim:answer']],
      ['source:2', false, 'inferred', ['source:2', 'claim:mid', 'claim:answer']],
      ['source:4', false, 'inferred', ['source:4', 'claim:mid', 'claim:answer']],
      ['source:3', false, 'inferred', ['source:3', 'claim:leaf', 'claim:mid', 'claim:answer']],
    ]);
    expect(result[1]!.inferredLinks).toEqual(['claim:mid -supports-> claim:answer']);
    expect(result[2]!.inferredLinks).toEqual(['source:4 -supports-> claim:mid', 'claim:mid -supports-> claim:answer']);
    expect(sourcesFor(small(), 'claim:answer', { quotedOnly: true }).map((r) => r.source.id)).toEqual(['source:1']);
    expect(sourcesFor(small(), 'claim:mid', { quotedOnly: true }).map((r) => r.source.id)).toEqual(['source:2']);
    expect(result[2]!.steps.map((s) => [s.from, s.to, s.note])).toEqual([
      ['source:4', 'claim:mid', 'drawn by the test'],
      ['claim:mid', 'claim:answer', 'mid backs answer'],
    ]);
    expect(result[0]!.steps[0]!.quote).toBe('q1');
  });

  it('ignores contradicts and qualifies edges and keeps only direct sources on request', () => {
    const graph = small();
    expect(sourcesFor(graph, 'claim:answer', { direct: true }).map((r) => r.source.id)).toEqual(['source:1']);
    expect(sourcesFor(graph, 'claim:lonely').map((r) => r.source.id)).toEqual(['source:2']);
  });

  it('checks its input first', () => {
    const graph = small();
    expect(() => sourcesFor(graph, 'claim:nope')).toThrow('claimgraph/sourcesFor: no node "claim:nope" in the graph');
    expect(() => sourcesFor(graph, 'source:1')).toThrow('claimgraph/sourcesFor: "source:1" is a source, not a claim');
  });

  it('picks among equally short paths by the walked edges alone: an edge of another kind between the same claims changes nothing', () => {
    const nodes = [claim('c0'), claim('c1'), claim('c2'), source(0)];
    const supports = [edge('supports', 'claim:c0', 'claim:c1', { quote: 'q' }), edge('supports', 'source:0', 'claim:c0'), edge('supports', 'source:0', 'claim:c2', { quote: 'q' }), edge('supports', 'claim:c2', 'claim:c1')];
    // graphology lists claim:c1's neighbours in the order each was first linked: here claim:c2 (by contradicts) first.
    const withOther = makeGraph({ nodes, edges: [edge('contradicts', 'claim:c2', 'claim:c1'), ...supports] });
    const without = makeGraph({ nodes, edges: supports });
    expect(sourcesFor(withOther, 'claim:c1')).toEqual(sourcesFor(without, 'claim:c1'));
    // The tie between claim:c0 and claim:c2 goes to the edge the dataset lists first.
    expect(sourcesFor(without, 'claim:c1')[0]!.path).toEqual(['source:0', 'claim:c0', 'claim:c1']);
  });

  it('finds exactly the reachable sources, each on a shortest valid path (random graphs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.boolean()), { maxLength: 60 }),
        (claims, sources, pairs) => {
          const nodes = [...Array.from({ length: claims }, (_, i) => claim(`c${i}`)), ...Array.from({ length: sources }, (_, i) => source(i))];
          const seen = new Set<string>();
          const edges = [];
          for (const [a, b, fromSource, quoted] of pairs) {
            const to = `claim:c${b % claims}`;
            const from = fromSource ? `source:${a % sources}` : `claim:c${a % claims}`;
            if (from === to || seen.has(from + to)) continue;
            seen.add(from + to);
            edges.push(edge('supports', from, to, quoted ? { quote: 'q' } : {}));
          }
          const graph = makeGraph({ nodes, edges });
          // Independent answer: unweighted shortest-path lengths on the reversed supports graph.
          const reversed = new DirectedGraph();
          const reversedQuoted = new DirectedGraph();
          graph.forEachNode((n) => (reversed.addNode(n), reversedQuoted.addNode(n)));
          graph.forEachEdge((_e, a, s, t) => {
            reversed.mergeEdge(t, s);
            if (a.basis === 'quoted') reversedQuoted.mergeEdge(t, s);
          });
          for (let c = 0; c < claims; c++) {
            const target = `claim:c${c}`;
            const lengths = singleSourceLength(reversed, target);
            const quotedLengths = singleSourceLength(reversedQuoted, target);
            const expected = Object.keys(lengths).filter((n) => n.startsWith('source:')).sort();
            const result = sourcesFor(graph, target);
            expect(result.map((r) => r.source.id).sort()).toEqual(expected);
            // On the brief's word exactly when a path of quoted edges alone reaches the source: the shortest such path.
            expect(sourcesFor(graph, target, { quotedOnly: true }).map((r) => r.source.id).sort()).toEqual(expected.filter((s) => s in quotedLengths));
            for (const r of result) {
              expect(r.basis).toBe(r.source.id in quotedLengths ? 'quoted' : 'inferred');
              expect(r.path.length - 1).toBe(r.basis === 'quoted' ? quotedLengths[r.source.id] : lengths[r.source.id]);
              expect(r.inferredLinks).toEqual(r.steps.filter((s) => s.basis === 'inferred').map((s) => s.edge));
              if (r.basis === 'inferred') expect(r.inferredLinks.length).toBeGreaterThan(0);
              expect(r.path.at(-1)).toBe(target);
              r.steps.forEach((step, i) => {
                expect([step.from, step.to, step.kind]).toEqual([r.path[i], r.path[i + 1], 'supports']);
                expect(graph.hasEdge(step.edge)).toBe(true);
              });
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('claimsBackedBy', () => {
  it('is the reverse of sourcesFor', () => {
    const graph = small();
    expect(claimsBackedBy(graph, 'source:3').map((c) => [c.claim.id, c.direct, c.path])).toEqual([
      ['claim:leaf', true, ['source:3', 'claim:leaf']],
      ['claim:mid', false, ['source:3', 'claim:leaf', 'claim:mid']],
      ['claim:answer', false, ['source:3', 'claim:leaf', 'claim:mid', 'claim:answer']],
    ]);
    graph.forEachNode((id, node) => {
      if (node.kind !== 'source') return;
      for (const backed of claimsBackedBy(graph, id)) {
        expect(sourcesFor(graph, backed.claim.id).some((s) => s.source.id === id)).toBe(true);
      }
    });
    expect(claimsBackedBy(graph, 'source:6')).toEqual([]);
    expect(obstaclesDocumentedBy(graph, 'source:3').map((o) => [o.obstacle.id, o.step.quote])).toEqual([['obstacle:burden', 'doc3']]);
  });
});

describe('obstaclesFor', () => {
  it('gives direct obstacles with their documenting sources, stages in pipeline order and parts; then indirect ones', () => {
    const result = obstaclesFor(small(), 'claim:answer');
    expect(result.map((r) => [r.obstacle.id, r.direct, r.via])).toEqual([
      ['obstacle:burden', true, ['claim:answer']],
      ['obstacle:ghost', false, ['claim:leaf', 'claim:mid', 'claim:answer']],
    ]);
    const burden = result[0]!;
    expect(burden.documentedBy.map((d) => [d.source.id, d.step.quote])).toEqual([
      ['source:1', undefined],
      ['source:3', 'doc3'],
    ]);
    expect(burden.hinders.map((s) => s.id)).toEqual(['stage:charging', 'stage:conviction']);
    expect(burden.parts.map((p) => p.id)).toEqual(['obstacle:shared-devices']);
    expect(result[1]!.documentedBy).toEqual([]);
    // The supports edges of the way from the explained claim up to the asked one, with their basis (the viewer marks each).
    expect(burden.viaSteps).toEqual([]);
    expect(result[1]!.viaSteps.map((s) => [s.kind, s.from, s.to, s.basis])).toEqual([
      ['supports', 'claim:leaf', 'claim:mid', 'inferred'],
      ['supports', 'claim:mid', 'claim:answer', 'inferred'],
    ]);
    expect(obstaclesFor(small(), 'claim:answer', { direct: true }).map((r) => r.obstacle.id)).toEqual(['obstacle:burden']);
  });
});

describe('audit', () => {
  it('finds thin support, stated-only and press-release-only claims, uncited sources and undocumented obstacles', () => {
    const report = audit(small());
    expect(report.unsupportedClaims).toEqual([]);
    expect(report.singleSourceClaims.map((f) => f.claim.id)).toEqual(['claim:lonely']);
    // leaf rests on 3 (stated) and 4 (candidate), so it is not stated-only; lonely rests on 2 (stated, press release).
    expect(report.onlyStatedClaims.map((f) => f.claim.id)).toEqual(['claim:lonely']);
    expect(report.onlyPressReleaseClaims.map((f) => f.claim.id)).toEqual(['claim:lonely']);
    expect(report.uncitedSources.map((s) => s.id)).toEqual(['source:6']);
    expect(report.undocumentedObstacles.map((o) => o.id).sort()).toEqual(['obstacle:ghost', 'obstacle:shared-devices']);
    expect(report.singleSourceClaims[0]!.reason).toBe('only [2] supports it');
    expect(report.uncitedSources[0]!.reason).toBe('no supports, contradicts, documents or reports edge starts at it');
  });

  it('names the claims whose support needs inferred links, and the inferred links', () => {
    const report = audit(small());
    const byClaim = new Map(report.inferredSupportClaims.map((f) => [f.claim.id, f]));
    expect([...byClaim.keys()].sort()).toEqual(['claim:answer', 'claim:leaf', 'claim:lonely', 'claim:mid']);
    expect(byClaim.get('claim:leaf')!.sources.map((s) => s.id)).toEqual(['source:4']);
    expect(byClaim.get('claim:leaf')!.reason).toBe("[4] reaches it only through the curator's link source:4 -supports-> claim:leaf");
    expect(byClaim.get('claim:answer')!.sources.map((s) => s.citation)).toEqual(['2', '3', '4']);
  });

  it('flags sources cited only beside other markers, and obstacles to measurement that hinder stages', () => {
    const graph = makeGraph({
      nodes: [claim('a'), claim('b'), source(1), source(2), source(3, { identification: 'verified' }), work('w3'), obstacle('count', { affects: 'measurement' }), obstacle('cases', { affects: 'prosecution' }), stage('charging', 1)],
      edges: [
        edge('refers-to', 'source:3', 'work:w3'),
        edge('supports', 'source:1', 'claim:a', { quote: 's1' }),
        edge('supports', 'source:1', 'claim:b', { quote: 's2' }),
        edge('supports', 'source:2', 'claim:b', { quote: 's2' }),
        edge('supports', 'source:3', 'claim:b', { quote: 's2' }),
        edge('documents', 'source:1', 'obstacle:count', { quote: 's1' }),
        edge('documents', 'source:1', 'obstacle:cases', { quote: 's1' }),
        edge('hinders', 'obstacle:count', 'stage:charging'),
        edge('hinders', 'obstacle:cases', 'stage:charging'),
      ],
    });
    const report = audit(graph);
    // [1] is cited alone for a; [3] is verified; [2] only ever stands beside others.
    expect(report.positionOnlySources.map((s) => s.id)).toEqual(['source:2']);
    expect(report.positionOnlySources[0]!.reason).toMatch(/^every sentence that cites \[2\] cites other sources beside it/);
    expect(report.measurementHinders.map((o) => [o.id, o.stages.map((s) => s.id)])).toEqual([['obstacle:count', ['stage:charging']]]);
    expect(report.measurementHinders[0]!.reason).toBe('it affects only measurement (counting the rate), yet hinders charging: stages cases pass through');
  });

  it('lists claims nothing supports', () => {
    const report = audit(makeGraph({ nodes: [claim('bare'), source(1)] }));
    expect(report.unsupportedClaims.map((c) => c.id)).toEqual(['claim:bare']);
    expect(report.uncitedSources.map((s) => s.id)).toEqual(['source:1']);
  });
});

describe('find and resolveNode', () => {
  it('finds a work by its authors, persons and organisations alike', () => {
    const graph = makeGraph({
      nodes: [work('a', { authors: [{ family: 'Pfefferkorn', given: 'Riana' }] }), work('b', { authors: [{ literal: 'U.S. Department of Justice' }] })],
    });
    expect(find(graph, 'Pfefferkorn').map((h) => [h.id, h.field, h.excerpt])).toEqual([['work:a', 'authors', 'Pfefferkorn, Riana']]);
    expect(resolveNode(graph, 'Department of Justice')).toEqual({ ok: true, id: 'work:b' });
  });

  it('ranks an exact label above a prefix, a word inside, and a match in the text', () => {
    const graph = makeGraph({
      nodes: [
        claim('x', { label: 'Gap analysis', text: 'none' }),
        claim('y', { label: 'Gap', text: 'none' }),
        claim('z', { label: 'The gap widens', text: 'none' }),
        claim('w', { label: 'Other', text: 'a GAP in the text' }),
        claim('v', { label: 'Unrelated', text: 'nothing' }),
      ],
    });
    expect(find(graph, 'gap').map((h) => h.id)).toEqual(['claim:y', 'claim:x', 'claim:z', 'claim:w']);
    expect(find(graph, 'GÁP', { limit: 1 }).map((h) => h.id)).toEqual(['claim:y']);
    expect(find(graph, '   ')).toEqual([]);
  });

  it('ranks an exact label first, then the answer, then the rest by score, and gives a claim its role', () => {
    const graph = makeGraph({
      nodes: [
        claim('a', { label: 'No single national percentage', text: 'x' }),
        claim('b', { label: 'No verifiable national percentage exists', text: 'x', role: 'answer' }),
        claim('c', { label: 'National percentage', text: 'x' }),
        source(1, { label: 'National percentage tables' }),
      ],
    });
    const hits = find(graph, 'national percentage');
    expect(hits.map((h) => h.id)).toEqual(['claim:c', 'claim:b', 'source:1', 'claim:a']);
    expect(hits.map((h) => h.role)).toEqual(['finding', 'answer', undefined, 'finding']);
  });

  it('on the bundled brief, "national percentage" finds the answer first', () => {
    const graph = loadGraph(defaultDatasetDir);
    expect(find(graph, 'national percentage')[0]).toMatchObject({ id: 'claim:no-national-rate', role: 'answer' });
  });

  it('firstInOrder gives what a stable sort then slice gives, ties in their order (property)', () => {
    // Pairs compared by their first number only, so ties are common and their order shows.
    const byFirst = (a: [number, number], b: [number, number]) => a[0] - b[0];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 90 }), fc.integer({ min: -5, max: 100 }), (items, limit) => {
        expect(firstInOrder(items, limit, byFirst)).toEqual([...items].sort(byFirst).slice(0, limit));
      }),
    );
  });

  it('normalise: the printable-ASCII shortcut gives what the whole rule gives (property)', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...' \tAbZ-y9  .'.split('')), maxLength: 30 });
    const any = fc.string({ unit: fc.constantFrom(...' \u00a0\tÁé\u2013\u2212Ａ\u0301x  '.split('')), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(ascii, any, fc.string()), (text) => {
        expect(normalise(text)).toBe(normaliseAnyText(text));
      }),
    );
  });

  it('finds a node by a label changed after an earlier search, and no longer by the old one', () => {
    const graph = makeGraph({ nodes: [claim('a', { label: 'Old wording', text: 'x' }), claim('b', { label: 'Other', text: 'x' })] });
    expect(find(graph, 'old wording').map((h) => h.id)).toEqual(['claim:a']);
    graph.setNodeAttribute('claim:a', 'label', 'New wording');
    expect(find(graph, 'old wording')).toEqual([]);
    expect(find(graph, 'new wording').map((h) => [h.id, h.excerpt])).toEqual([['claim:a', 'New wording']]);
  });

  it('with a limit, gives the first hits of the whole ranking (random graphs of tied labels)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Claim 1', 'claim 10', 'Claim 1 b', 'CLAIM 12', 'a claim 1'), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (labels, limit) => {
        const graph = makeGraph({ nodes: labels.map((label, i) => claim(`c${i}`, { label, text: 'x' })) });
        expect(find(graph, 'claim 1', { limit })).toEqual(find(graph, 'claim 1').slice(0, limit));
      }),
    );
  });

  it('accepts an id, a unique match or one exact label; refuses ambiguous text', () => {
    const graph = small();
    expect(resolveNode(graph, 'claim:mid')).toEqual({ ok: true, id: 'claim:mid' });
    expect(resolveNode(graph, 'lonely')).toEqual({ ok: true, id: 'claim:lonely' });
    const ambiguous = resolveNode(graph, 'source');
    expect(ambiguous.ok).toBe(false);
    expect(!ambiguous.ok && ambiguous.message).toMatch(/^"source" matches \d+ nodes/);
    expect(resolveNode(graph, 'zzz')).toMatchObject({ ok: false, message: 'no node matches "zzz"' });
  });
});

describe('neighbourhood', () => {
  it('keeps the nodes within N hops, in, out or both ways', () => {
    const graph = small();
    expect(neighbourhood(graph, 'claim:mid', 1, 'in').sort()).toEqual(['claim:leaf', 'claim:mid', 'source:2', 'source:4']);
    expect(neighbourhood(graph, 'claim:mid', 2, 'out').sort()).toEqual(['claim:answer', 'claim:mid', 'question:q']);
    expect(neighbourhood(graph, 'claim:mid', 0)).toEqual(['claim:mid']);
    expect(neighbourhood(graph, 'claim:mid', 1, 'both').sort()).toEqual(['claim:answer', 'claim:leaf', 'claim:mid', 'source:2', 'source:4']);
    expect(() => neighbourhood(graph, 'claim:mid', -1)).toThrow(/depth must be/);
  });
});
