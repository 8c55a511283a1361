// What holds for every export format of the registry: the command writes it for a focus, byte for byte the same for the
// same graph, atomically; and the command's help lists exactly the registry.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../src/export/registry.js';
import { buildGraph } from '../src/load/build-graph.js';
import { loadGraph } from '../src/load/load-graph.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { toDatasetFile } from '../src/model/serialize.js';
import { defaultDatasetDir } from '../src/paths.js';
import { seededRandom } from '../src/generate/random.js';
import { runCli } from './helpers/run-cli.js';

const ANSWER = 'claim:no-national-rate';
let graph: ClaimGraph;
beforeAll(() => {
  graph = loadGraph(defaultDatasetDir);
});

/** The same dataset with its nodes and edges listed in another (seeded, shuffled) order. */
function shuffled(g: ClaimGraph, seed: number): ClaimGraph {
  const file = toDatasetFile(g);
  const random = seededRandom(seed);
  const shuffle = <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  return buildGraph([{ path: 'shuffled.json', text: JSON.stringify({ ...file, nodes: shuffle([...file.nodes!]), edges: shuffle([...file.edges!]) }) }], { source: 'shuffled', defaultTitle: 'x' });
}

const render = (output: string | { name: string; content: string }[]) => (typeof output === 'string' ? output : output.map((f) => `== ${f.name}\n${f.content}`).join('\n'));

describe.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))('%s', (id, format) => {
  it(`claimgraph export --focus <answer> --depth 2 --format ${id} works`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-export-'));
    const out = join(dir, `answer.${format.extension}`);
    const { code, stdout, stderr } = await runCli('export', '--focus', ANSWER, '--depth', '2', '--format', id, '-o', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote .* \(.*: 41 nodes, \d+ edges\)\n$/);
    const written = format.multiFile ? readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8')) : [readFileSync(out, 'utf8')];
    expect(written.every((text) => text.length > 20)).toBe(true);
    if (!format.multiFile) {
      const piped = await runCli('export', '--focus', 'The reporting reviewed documents a gap', '--depth', '2', '--format', id);
      expect(piped.code).toBe(0);
      expect(piped.stdout).toBe(written[0]);
    }
  });

  it('is deterministic: the same graph, in any insertion order, gives the same bytes', () => {
    const first = render(format.write(graph));
    expect(render(format.write(graph))).toBe(first);
    expect(render(format.write(shuffled(graph, 1)))).toBe(first);
    expect(render(format.write(shuffled(graph, 2)))).toBe(first);
  });
});

describe('atomic writes', () => {
  it('a failed export leaves no file, and the old one untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-export-'));
    const out = join(dir, 'figure.svg');
    writeFileSync(out, 'the old figure');
    const bad = await runCli('export', '--focus', 'claim:nope', '--format', 'svg', '-o', out);
    expect(bad.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('the old figure');
    const missing = join(dir, 'never.svg');
    await runCli('export', '--focus', ANSWER, '--kinds', 'source', '--format', 'svg', '-o', missing);
    expect(existsSync(missing)).toBe(false);
    // A target that cannot be replaced (a folder where a file should go): an error, nothing changed, no temporary file left.
    const blocked = join(dir, 'blocked.svg');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'keep'), 'x');
    const failed = await runCli('export', '--format', 'svg', '-o', blocked);
    expect(failed.code).not.toBe(0);
    expect(readdirSync(blocked)).toEqual(['keep']);
    expect(readdirSync(dir).sort()).toEqual(['blocked.svg', 'figure.svg']);
  });

  it('a multi-file export writes its files into the folder and leaves everything else there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-export-'));
    const out = join(dir, 'csv');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.csv'), 'old');
    const { code } = await runCli('export', '--format', 'csv', '-o', out);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv', 'stale.csv']);
    expect(readFileSync(join(out, 'stale.csv'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['csv']);
    const piped = await runCli('export', '--format', 'csv');
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('-o <folder>');
  });
});

describe('the command', () => {
  it('--help lists every format of the registry, and only those', async () => {
    const { stdout } = await runCli('export', '--help');
    const listed = stdout.split('formats:\n')[1]!.trim().split('\n').map((line) => line.trim().split(/\s+/)[0]);
    expect(listed).toEqual(EXPORT_FORMATS.map((f) => f.id));
  });

  it('checks its options', async () => {
    expect((await runCli('export', '--format', 'pdf')).code).toBe(2);
    expect((await runCli('export', '--depth', '2')).stderr).toContain('--depth needs --focus');
    expect((await runCli('export', '--focus', ANSWER, '--kinds', 'claim,nope')).stderr).toContain('--kinds takes kinds from');
    expect((await runCli('export', '--focus', ANSWER, '--direction', 'up')).code).toBe(2);
  });
});

describe('docs/exports.md', () => {
  it('lists exactly the formats of the registry in its export table', () => {
    const doc = readFileSync(new URL('../docs/exports.md', import.meta.url), 'utf8');
    const table = doc.split('| format | for | checked by')[1]!.split('\n\n')[0]!;
    const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(EXPORT_FORMATS.map((f) => f.id));
  });
});
