// Streamed exports: a big graph's export comes in many pieces, never one string, and the pieces are the same bytes as the whole.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportChunks, joinChunks } from '../src/export/chunks.js';
import { gexfChunks } from '../src/export/formats/gexf.js';
import { EXPORT_FORMATS } from '../src/export/registry.js';
import type { StreamedFile, TextChunks } from '../src/export/types.js';
import { writeSyntheticDataset } from '../src/generate/write-synthetic.js';
import { loadGraph } from '../src/load/load-graph.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { defaultDatasetDir } from '../src/paths.js';

describe('streamed exports', () => {
  let big: ClaimGraph;
  beforeAll(async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'claimgraph-stream-')), 'g');
    await writeSyntheticDataset(dir, { claims: 2500, seed: 2 }); // about 21,000 elements: above GEXF's whole-document size
    big = loadGraph(dir);
  }, 60_000);

  it('every format whose size follows the graph streams a big graph in many pieces of bounded size', () => {
    // The bibliographies grow with the sources, the figure tables and funnels with the figures: written whole.
    const whole = new Set(['bibtex', 'csl-json', 'figures-markdown', 'figures-latex', 'funnel-svg', 'funnel-tikz']);
    for (const format of EXPORT_FORMATS) {
      if (whole.has(format.id)) continue;
      expect(format.stream, format.id).toBeDefined();
      const streamed = exportChunks(format, big);
      const lists: TextChunks[] = format.multiFile ? (streamed as StreamedFile[]).map((f) => f.chunks) : [streamed as TextChunks];
      for (const chunks of lists) {
        const pieces = [...chunks];
        expect(pieces.length, format.id).toBeGreaterThan(2);
        // Blocks of about 64 KiB (plus one line or element); the largest piece is a small part of the whole.
        const total = pieces.reduce((n, p) => n + p.length, 0);
        expect(Math.max(...pieces.map((p) => p.length)), format.id).toBeLessThan(total / 2);
      }
    }
  }, 180_000);

  it('GEXF written in batches behind a template element is byte for byte graphology-gexf’s whole document', () => {
    for (const [graph, batches] of [[big, [7, 1000]], [loadGraph(defaultDatasetDir), [1, 7]]] as const) {
      const whole = joinChunks(gexfChunks(graph, 1, Infinity));
      for (const batch of batches) expect(joinChunks(gexfChunks(graph, batch, 0))).toBe(whole);
    }
  }, 120_000);
});
